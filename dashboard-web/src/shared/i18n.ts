import { ref, watch } from 'vue'

export type Lang = 'zh' | 'en'

/** A name as the organisation file gives it. */
export interface Localized {
  zh: string
  en: string
}

const KEY = 'grid-steward.lang'

function initial(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang')
  if (fromUrl === 'zh' || fromUrl === 'en') return fromUrl
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh'
  } catch {
    return 'zh'
  }
}

/** Chinese by default; the choice is remembered per browser. */
export const lang = ref<Lang>(initial())

watch(
  lang,
  (value) => {
    document.documentElement.lang = value === 'zh' ? 'zh-CN' : 'en'
    try {
      localStorage.setItem(KEY, value)
    } catch {
      // private mode: the choice lasts for this page only
    }
  },
  { immediate: true },
)

export function toggleLang(): void {
  lang.value = lang.value === 'zh' ? 'en' : 'zh'
}

/**
 * A page's dictionary: both languages must have exactly the same keys, which the type checker enforces.
 * `t('key', { n: 3 })` fills `{n}` placeholders.
 */
export function dictionary<K extends string>(zh: Record<K, string>, en: Record<K, string>) {
  const table = { zh, en }
  return (key: K, values?: Record<string, string | number>): string => {
    const text = table[lang.value][key]
    return values ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`)) : text
  }
}

export function localized(name: Localized | undefined, fallback = ''): string {
  return name ? name[lang.value] || name.zh : fallback
}
