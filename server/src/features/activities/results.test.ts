import { createRegistration, createUser } from '@wuxie/prisma/factories';
import { certificateVerificationSchema, recordedResultSchema, resultImportSchema } from '@wuxie/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { memberWorker, openActivity, runningActivity, staffMember } from './activities.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

const ID_FIELD = [{ key: 'idNumber', label: '身份证号', kind: 'id_number', required: true }];

async function examWith(names: string[]) {
  const exam = await runningActivity(t.db, { type: 'exam', title: '物业管理员职业技能等级认定', extraFields: ID_FIELD });
  const regs = [];
  for (const name of names) {
    const user = await createUser(t.db, { name, roles: ['worker'] });
    regs.push(await createRegistration(t.db, { activityId: exam.id, userId: user.id, extra: { idNumber: '11010519491231002X' } }));
  }
  return { exam, regs };
}

describe('exam results and certificates', () => {
  it('a pass issues the next certificate number, which anyone can verify with the name masked', async () => {
    const staff = await staffMember(t);
    const { exam, regs } = await examWith(['王秀兰', '李明']);
    const first = recordedResultSchema.parse(
      await readJson(
        await t.call('PUT', `/api/registrations/${regs[0]?.id}/result`, { token: staff.token, body: { result: 'passed', score: 88.5 } }),
      ),
    );
    const second = recordedResultSchema.parse(
      await readJson(
        await t.call('PUT', `/api/registrations/${regs[1]?.id}/result`, { token: staff.token, body: { result: 'passed', score: 90 } }),
      ),
    );
    const year = new Date(exam.startAt.getTime() + 8 * 3600_000).getUTCFullYear();
    expect(first).toMatchObject({ issued: true, certificateNo: `ZS${year}${String(exam.id).padStart(4, '0')}0001` });
    expect(second.certificateNo).toBe(`ZS${year}${String(exam.id).padStart(4, '0')}0002`);

    const check = await t.call('GET', `/api/certificates/${String(first.certificateNo).toLowerCase()}`);
    expect(check.status).toBe(200);
    expect(certificateVerificationSchema.parse(await readJson(check))).toMatchObject({
      holderName: '王*兰',
      activityTitle: '物业管理员职业技能等级认定',
      activityType: 'exam',
    });

    const again = recordedResultSchema.parse(
      await readJson(
        await t.call('PUT', `/api/registrations/${regs[0]?.id}/result`, { token: staff.token, body: { result: 'passed', score: 89 } }),
      ),
    );
    expect(again).toMatchObject({ issued: false, certificateNo: first.certificateNo, score: 89 });
  });

  it('changing a pass to a fail voids the certificate without giving its number to anyone else', async () => {
    const staff = await staffMember(t);
    const { regs } = await examWith(['赵强', '钱芳']);
    const passed = recordedResultSchema.parse(
      await readJson(await t.call('PUT', `/api/registrations/${regs[0]?.id}/result`, { token: staff.token, body: { result: 'passed' } })),
    );
    await t.call('PUT', `/api/registrations/${regs[0]?.id}/result`, { token: staff.token, body: { result: 'failed', score: 40 } });
    const voided = await t.call('GET', `/api/certificates/${String(passed.certificateNo)}`);
    expect(voided.status).toBe(404);
    expect((await readJson(voided)).message).toContain('已作废');
    const next = recordedResultSchema.parse(
      await readJson(await t.call('PUT', `/api/registrations/${regs[1]?.id}/result`, { token: staff.token, body: { result: 'passed' } })),
    );
    expect(next.certificateNo).not.toBe(passed.certificateNo);
  });

  it('refuses results for non-exams, for the waitlist, and bad scores; verification refuses unknown numbers', async () => {
    const staff = await staffMember(t);
    const training = await runningActivity(t.db, { type: 'training' });
    const w = await memberWorker(t);
    const reg = await createRegistration(t.db, { activityId: training.id, userId: w.user.id });
    const notExam = await t.call('PUT', `/api/registrations/${reg.id}/result`, { token: staff.token, body: { result: 'passed' } });
    expect((await readJson(notExam)).message).toBe('只有职业技能等级认定活动可以登记考试结果');
    const { regs } = await examWith(['孙丽']);
    const badScore = await t.call('PUT', `/api/registrations/${regs[0]?.id}/result`, {
      token: staff.token,
      body: { result: 'passed', score: 101 },
    });
    expect(badScore.status).toBe(422);
    expect((await readJson(badScore)).message).toContain('分数不能大于 100');
    const badResult = await t.call('PUT', `/api/registrations/${regs[0]?.id}/result`, { token: staff.token, body: { result: 'maybe' } });
    expect((await readJson(badResult)).message).toContain('考试结果只能是');
    const future = await openActivity(t.db, { type: 'exam' });
    const early = await createRegistration(t.db, { activityId: future.id, userId: w.user.id });
    expect(
      (await readJson(await t.call('PUT', `/api/registrations/${early.id}/result`, { token: staff.token, body: { result: 'passed' } })))
        .message,
    ).toBe('考试尚未开始，不能登记结果');
    expect((await readJson(await t.call('GET', '/api/certificates/ZS202499999999'))).message).toContain('查无此证书');
    const malformed = await t.call('GET', '/api/certificates/12345');
    expect(malformed.status).toBe(422);
    expect((await readJson(malformed)).message).toContain('证书编号格式不正确');
  });
});

describe('the Excel roster', () => {
  async function download(activityId: number, token: string): Promise<ExcelJS.Workbook> {
    const res = await t.call('GET', `/api/activities/${activityId}/roster.xlsx`, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    return book;
  }

  async function upload(activityId: number, token: string, book: ExcelJS.Workbook) {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(await book.xlsx.writeBuffer())], 'roster.xlsx'));
    return t.app.request(`/api/activities/${activityId}/results/import`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
  }

  it('exports state, company, extra fields and check-in, and reads results back row by row', async () => {
    const staff = await staffMember(t);
    const { exam, regs } = await examWith(['周海燕', '吴磊', '郑洁']);
    await t.db.registration.update({ where: { id: regs[0]?.id }, data: { checkedInAt: new Date() } });
    const book = await download(exam.id, staff.token);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      '报名编号',
      '姓名',
      '手机号',
      '单位',
      '状态',
      '候补位次',
      '身份证号',
      '报名时间',
      '代报名人',
      '签到时间',
      '考试结果',
      '分数',
      '证书编号',
    ]);
    expect(sheet.getRow(2).getCell(2).value).toBe('周海燕');
    expect(sheet.getRow(2).getCell(5).value).toBe('报名成功');
    expect(sheet.getRow(2).getCell(7).value).toBe('11010519491231002X');
    expect(sheet.getRow(2).getCell(10).text).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);

    sheet.getRow(2).getCell(11).value = '合格';
    sheet.getRow(2).getCell(12).value = 92;
    // Pasted from a web page: a link over rich text, which reads back as { text: { richText }, hyperlink }.
    sheet.getRow(3).getCell(11).value = {
      text: { richText: [{ text: '不合', font: { bold: true } }, { text: '格' }] },
      hyperlink: 'https://example.org/results',
    } as unknown as ExcelJS.CellValue;
    sheet.getRow(3).getCell(12).value = 55.5;
    sheet.getRow(4).getCell(11).value = '优秀';
    const result = resultImportSchema.parse(await readJson(await upload(exam.id, staff.token, book)));
    expect(result).toMatchObject({ updated: 2, certificatesIssued: 1, failed: 1 });
    expect(result.rows[2]?.message).toBe('第 4 行的考试结果“优秀”无法识别，请填写“合格”或“不合格”');
    const rows = await t.db.registration.findMany({ where: { activityId: exam.id }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => r.result)).toEqual(['passed', 'failed', null]);
    expect(rows[0]?.certificateNo).toBe(result.rows[0]?.certificateNo);

    const back = await download(exam.id, staff.token);
    expect(back.worksheets[0]?.getRow(2).getCell(13).value).toBe(rows[0]?.certificateNo);
  });

  it('refuses rows whose name does not match, rows of another activity, and files that are not the roster', async () => {
    const staff = await staffMember(t);
    const { exam, regs } = await examWith(['冯涛']);
    const other = await examWith(['陈静']);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('名单');
    sheet.addRow(['报名编号', '姓名', '考试结果', '分数']);
    sheet.addRow([regs[0]?.id, '冯韬', '合格', 80]);
    sheet.addRow([other.regs[0]?.id, '陈静', '合格', 80]);
    sheet.addRow(['abc', '某人', '合格', '']);
    sheet.addRow([regs[0]?.id, '冯涛', '合格', 'ninety']);
    const result = resultImportSchema.parse(await readJson(await upload(exam.id, staff.token, book)));
    expect(result.updated).toBe(0);
    expect(result.rows.map((r) => r.message)).toEqual([
      `第 2 行姓名“冯韬”与报名编号 ${regs[0]?.id} 的报名人“冯涛”不符`,
      `第 3 行的报名编号 ${other.regs[0]?.id} 不属于本活动`,
      '第 4 行的报名编号“abc”不正确',
      expect.stringContaining('第 5 行的分数“ninety”不正确'),
    ]);

    const form = new FormData();
    form.append('file', new File([new TextEncoder().encode('not an excel file')], 'x.xlsx'));
    const garbage = await t.app.request(`/api/activities/${exam.id}/results/import`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${staff.token}` },
    });
    expect(garbage.status).toBe(400);
    expect((await readJson(garbage)).message).toContain('无法读取文件');
    const noHeaders = new ExcelJS.Workbook();
    noHeaders.addWorksheet('x').addRow(['a', 'b']);
    const missing = await upload(exam.id, staff.token, noHeaders);
    expect((await readJson(missing)).message).toBe('Excel 第 1 行缺少列：报名编号、姓名、考试结果、分数。请在导出的名单上填写后再导入');
    const json = await t.call('POST', `/api/activities/${exam.id}/results/import`, { token: staff.token, body: {} });
    expect(json.status).toBe(415);
  });
});
