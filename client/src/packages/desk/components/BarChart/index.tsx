import { Canvas as F2Canvas, Axis, Chart, Interval, TextGuide, jsx } from '@antv/f2';
import { Canvas, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import './index.css';

export interface Bar {
  label: string;
  value: number;
}

interface Props {
  /** Unique on the page: the canvas is found by it. */
  id: string;
  bars: readonly Bar[];
  color?: string;
}

const ROW_PX = 30;
const PAD_PX = 24;
const MAX_TRIES = 20;
/** How often a chart whose page is hidden looks whether it shows again. */
const HIDDEN_RETRY_MS = 500;
const RETRY_MS = 100;

type F2Node = ReturnType<typeof jsx>;
// F2's element typing wants its own JSX namespace; its generic component classes do not satisfy it
// under React's, so elements are built through this one narrow cast.
const el = (type: unknown, props: Record<string, unknown>, ...children: F2Node[]): F2Node =>
  jsx(type as Parameters<typeof jsx>[0], props, ...children);

/** The F2 scene: horizontal bars (labels are Chinese and long), each with its value at the end. */
function scene(bars: readonly Bar[], color: string): F2Node {
  // A transposed axis puts the first category at the bottom; reversed, the chart reads like the table.
  const data = bars.map((b) => ({ label: b.label, value: b.value })).reverse();
  // Headroom on the value axis leaves space for the number printed after the longest bar.
  const max = Math.max(1, ...data.map((d) => d.value));
  return el(
    Chart,
    { data, coord: { transposed: true }, scale: { value: { min: 0, max: Math.ceil(max * 1.18) + 1 } } },
    el(Axis, { field: 'label', style: { label: { fontSize: 11, fill: '#4e5560' } } }),
    el(Axis, { field: 'value', visible: false }),
    el(Interval, { x: 'label', y: 'value', color, style: { radius: [0, 3, 3, 0] } }),
    ...data.map((record) =>
      el(TextGuide, {
        records: [record],
        content: String(record.value),
        offsetX: 6,
        style: { fill: '#1f2329', fontSize: 11, textBaseline: 'middle' },
      }),
    ),
  );
}

/**
 * A bar chart drawn by AntV F2 on a 2d canvas: the same code in the mini-program (canvas node from a
 * selector query, as F2's own WeChat component does) and in H5 (Taro returns the <canvas> element).
 * The numbers are also in the table next to it, so the chart is never the only place to read them.
 */
export default function BarChart({ id, bars, color = '#c8102e' }: Props) {
  const chart = useRef<F2Canvas | null>(null);
  const height = bars.length * ROW_PX + PAD_PX;
  // Redrawn when the figures change, not each time the parent builds an equal array: the effect reads
  // the bars through a ref and depends on their JSON.
  const key = JSON.stringify(bars);
  const latestBars = useRef(bars);
  latestBars.current = bars;

  useEffect(() => {
    let cancelled = false;
    let tries = 0;
    // A selector query looks in whichever page is showing. If staff open another page before the
    // chart is measured, this page is hidden and the query would look in (and throw on) the
    // other one: wait until this page shows again.
    const ownPage = Taro.getCurrentInstance().page;
    const draw = () => {
      if (cancelled) return;
      if (Taro.getCurrentInstance().page !== ownPage) {
        setTimeout(draw, HIDDEN_RETRY_MS);
        return;
      }
      // Node and size in two requests: Taro's H5 answers a canvas node query with the node only.
      const query = Taro.createSelectorQuery();
      query.select(`#${id}`).fields({ node: true });
      query.select(`#${id}`).boundingClientRect();
      query.exec((res: Array<{ node?: HTMLCanvasElement; width?: number; height?: number } | null>) => {
        if (cancelled) return;
        const node = res[0]?.node;
        const width = res[1]?.width ?? 0;
        const height = res[1]?.height ?? 0;
        if (!node || !width || !height) {
          // Not laid out yet (the page is still being shown): look again shortly.
          tries += 1;
          if (tries < MAX_TRIES) setTimeout(draw, RETRY_MS);
          return;
        }
        const context = node.getContext('2d');
        const pixelRatio = Taro.getSystemInfoSync().pixelRatio || 1;
        node.width = width * pixelRatio;
        node.height = height * pixelRatio;
        chart.current?.destroy();
        const canvas = new F2Canvas({ context, pixelRatio, width, height, animate: false, children: scene(latestBars.current, color) });
        chart.current = canvas;
        canvas.render().catch((err: unknown) => console.error('图表绘制失败', err));
      });
    };
    // The canvas node exists only after this render is committed to the page.
    Taro.nextTick(draw);
    return () => {
      cancelled = true;
    };
  }, [id, key, color]);

  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );

  return (
    <View className="bar-chart" style={{ height: `${height}px` }}>
      <Canvas type="2d" id={id} canvasId={id} className="bar-chart__canvas" style={{ height: `${height}px` }} />
    </View>
  );
}
