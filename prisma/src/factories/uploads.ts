import type { Prisma, Upload } from '../../generated/client';
import { randomOf, type Db, type FactoryOptions } from './context';
import { createUser } from './users';

/** Create an upload record (a 1280×960 JPEG complaint photo by default); no file is written. */
export async function createUpload(
  db: Db,
  overrides: Partial<Prisma.UploadUncheckedCreateInput> = {},
  options?: FactoryOptions,
): Promise<Upload> {
  const random = randomOf(options);
  const ownerId = overrides.ownerId ?? (await createUser(db, {}, options)).id;
  const month = new Date().toISOString().slice(0, 7).replace('-', '/');
  return db.upload.create({
    data: {
      key: `${month}/${random.hex(32)}.jpg`,
      purpose: 'complaint_photo',
      mime: 'image/jpeg',
      size: random.int(80_000, 900_000),
      width: 1280,
      height: 960,
      ...overrides,
      ownerId,
    },
  });
}
