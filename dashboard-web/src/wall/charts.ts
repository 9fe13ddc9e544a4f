import { BarChart, LineChart, MapChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { init, registerMap, use, type ECharts, type EChartsCoreOption } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { onBeforeUnmount, onMounted, watch, type Ref } from 'vue'

// Only what the wall draws, so its bundle carries no unused chart types.
use([BarChart, LineChart, MapChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

export { registerMap }

/** The wall's palette, shared by the charts and the stylesheet's custom properties. */
export const PALETTE = {
  text: '#d8ecff',
  muted: '#7f9cc4',
  line: 'rgba(64, 160, 255, 0.18)',
  cyan: '#2ee6ff',
  blue: '#2f7dff',
  amber: '#ffb020',
  red: '#ff4d5e',
  green: '#2fe0a0',
  panel: '#071a3d',
}

/** Tooltips drawn on the canvas: the page's CSP refuses the style attributes of HTML tooltips. */
export const TOOLTIP = {
  renderMode: 'richText' as const,
  backgroundColor: 'rgba(4, 18, 46, 0.94)',
  borderColor: 'rgba(46, 230, 255, 0.5)',
  textStyle: { color: PALETTE.text, fontSize: 16 },
}

/**
 * One chart in `el`: created once when mounted, updated with setOption whenever `option` changes (never
 * re-created), resized with its box, disposed when the component goes. The canvas is drawn at twice the
 * pixels at least, because the wall is scaled as a whole and must stay sharp on a 4K screen.
 */
export function useChart(el: Ref<HTMLElement | null>, option: () => EChartsCoreOption, ready?: (chart: ECharts) => void) {
  let chart: ECharts | null = null
  let observer: ResizeObserver | null = null
  onMounted(() => {
    if (!el.value) return
    chart = init(el.value, null, { renderer: 'canvas', devicePixelRatio: Math.max(window.devicePixelRatio || 1, 2) })
    chart.setOption(option())
    observer = new ResizeObserver(() => chart?.resize())
    observer.observe(el.value)
    ready?.(chart)
  })
  watch(option, (next) => chart?.setOption(next, { replaceMerge: ['series'] }))
  onBeforeUnmount(() => {
    observer?.disconnect()
    chart?.dispose()
    chart = null
  })
  return { chart: () => chart }
}
