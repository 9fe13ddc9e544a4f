import type { Localized } from '../shared/i18n'

/**
 * A few ready-made phrases per kind of problem, keyed by the category's icon (stable across cities' files),
 * so a resident can describe the problem with two taps.
 */
const PHRASES: Record<string, Localized[]> = {
  parking: [
    { zh: '车辆长期占用车位', en: 'A car has taken a space for a long time' },
    { zh: '乱停车挡住出入口', en: 'Cars block the entrance' },
    { zh: '僵尸车无人管理', en: 'An abandoned car nobody deals with' },
  ],
  fee: [
    { zh: '物业费收费不明', en: 'Unclear property fees' },
    { zh: '停车费乱收费', en: 'Unfair parking charges' },
    { zh: '多收费用不退', en: 'Overcharge not refunded' },
  ],
  charging: [
    { zh: '楼道里给电动车充电', en: 'E-bike charged in the stairwell' },
    { zh: '电线从窗户拉下来充电', en: 'Cable hanging from a window to charge' },
    { zh: '电动车停在楼道', en: 'E-bike parked in the stairwell' },
  ],
  garbage: [
    { zh: '垃圾没人清运', en: 'Garbage not collected' },
    { zh: '垃圾桶满了溢出来', en: 'Bins overflowing' },
    { zh: '建筑垃圾乱堆', en: 'Building rubble dumped' },
  ],
  'fire-lane': [
    { zh: '消防通道被车堵住', en: 'Fire lane blocked by cars' },
    { zh: '消防通道堆放杂物', en: 'Things piled in the fire lane' },
    { zh: '消防栓被挡住', en: 'Fire hydrant blocked' },
  ],
  stairwell: [
    { zh: '楼道堆满杂物', en: 'Stairwell full of clutter' },
    { zh: '纸箱旧家具堵住楼梯', en: 'Boxes and old furniture block the stairs' },
    { zh: '安全出口被堵', en: 'Emergency exit blocked' },
  ],
  construction: [
    { zh: '楼顶私搭乱建', en: 'Illegal structure on the roof' },
    { zh: '占用绿地搭棚子', en: 'Shed built on the green' },
    { zh: '装修拆改承重墙', en: 'Load-bearing wall removed in a renovation' },
  ],
  'street-light': [
    { zh: '路灯不亮', en: 'Street light is out' },
    { zh: '路灯一直闪', en: 'Street light flickers' },
    { zh: '楼道灯坏了', en: 'Stairwell light broken' },
  ],
  property: [
    { zh: '电梯坏了没人修', en: 'Lift broken and not repaired' },
    { zh: '小区卫生没人打扫', en: 'Nobody cleans the estate' },
    { zh: '门禁坏了', en: 'Entrance door lock broken' },
  ],
  noise: [
    { zh: '夜间施工噪音', en: 'Construction noise at night' },
    { zh: '广场舞声音太大', en: 'Square dancing too loud' },
    { zh: '商铺音响扰民', en: 'Shop speakers too loud' },
  ],
  greenery: [
    { zh: '树枝太长挡住窗户', en: 'Branches block windows' },
    { zh: '树木倒了', en: 'A tree has fallen' },
    { zh: '绿地没人养护', en: 'Green space not looked after' },
  ],
  water: [
    { zh: '停水了', en: 'No water' },
    { zh: '暖气不热', en: 'Heating not warm' },
    { zh: '水管漏水', en: 'Water pipe leaking' },
  ],
  stall: [
    { zh: '小摊占道经营', en: 'Stalls block the pavement' },
    { zh: '店铺东西摆到路上', en: 'Shop goods spread on the road' },
    { zh: '夜市油烟扰民', en: 'Night market fumes' },
  ],
}

const GENERAL: Localized[] = [
  { zh: '已经好几天了', en: 'It has been several days' },
  { zh: '影响老人小孩出行', en: 'Makes it hard for the elderly and children to get about' },
]

export function phrasesFor(icon: string | undefined): Localized[] {
  return [...(icon ? (PHRASES[icon] ?? []) : []), ...GENERAL]
}

/** Adds a phrase to what is written, on its own clause; a phrase already there is not added twice. */
export function withPhrase(text: string, phrase: string): string {
  if (text.includes(phrase)) return text
  const trimmed = text.trimEnd()
  if (!trimmed) return phrase
  return /[，。,.!！?？;；]$/.test(trimmed) ? `${trimmed}${phrase}` : `${trimmed}，${phrase}`
}
