/**
 * The content pack contract: one schema, from which the TypeScript types are inferred, and one
 * validator that every host runs before a deck reaches the engine.
 *
 * Valibot is used because it validates with plain functions (no `new Function`/`eval`, so it runs
 * under a strict Content-Security-Policy), is tree-shaken to the few validators used, and infers
 * exact types from the schema.
 *
 * Pure TypeScript: imports nothing from electron, node:* or the DOM.
 */
import * as v from 'valibot'

/** Languages every text in a pack is written in. */
export const LANGUAGES = ['zh', 'en'] as const
export type Lang = (typeof LANGUAGES)[number]

const nonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))

/** A text given in Chinese (the article's original wording) and in English. */
export const LocalizedSchema = v.strictObject({ zh: nonEmpty, en: nonEmpty })
export type Localized = v.InferOutput<typeof LocalizedSchema>

/** Localized text where one language may legitimately be empty (e.g. a unit only Chinese has). */
export const LocalizedOptionalSchema = v.strictObject({ zh: v.string(), en: v.string() })

const SLIDE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The five strengths the article is organised by; a section key colours its slides. */
export const STRENGTHS = ['guarantee', 'leadership', 'teachers', 'supply', 'reform'] as const
export type Strength = (typeof STRENGTHS)[number]

/**
 * A figure's value: digits, optionally grouped by thousands with commas ("1,200"), and one
 * decimal point ("92.38").
 */
export const FIGURE_VALUE = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/

/** Chinese magnitude words that belong to a figure's unit ("1.2万" is "1.2" + "万…"). */
const MAGNITUDES = /[十百千万亿]/

/**
 * Why a figure's value is refused, in words an editor can act on: where the part that is not a
 * number belongs (the unit or prefix, per language), or how to write the number itself.
 */
export function figureValueMessage(value: unknown): string {
  const example = 'write it as "92.38" or "1,200" (digits, thousands commas, one decimal point)'
  if (typeof value !== 'string') return `must be text in quotes: ${example}`
  const magnitude = MAGNITUDES.exec(value)
  if (magnitude && /\d/.test(value))
    return (
      `"${value}": ${magnitude[0]} belongs in the unit: "value": "${value.replace(/[^\d.,]/g, '')}", ` +
      `"unit": { "zh": "${magnitude[0]}…", "en": "…" } (see "Figures" in docs/content-packs.md)`
    )
  if (/[０-９．，]/.test(value))
    return `"${value}" has full-width digits or marks: use 0-9 , and . (half-width); ${example}`
  if (/^\d[\d,]*(?:\.\d+)?$/.test(value))
    return `"${value}": thousands commas group exactly three digits ("1,200", "12,000"); ${example}`
  if (/\d/.test(value))
    return (
      `"${value}" is not only a number: put what comes after the digits in "unit" and what comes ` +
      `before in "prefix", per language (see "Figures" in docs/content-packs.md)`
    )
  return `must be the figure's digits as written in the article; ${example}`
}

/** The number a figure's value stands for ("1,200" → 1200). */
export function figureNumber(value: string): number {
  return Number(value.replaceAll(',', ''))
}

/**
 * A figure's value scaled by `fraction` (0–1), written as the value is: the same decimals, and
 * thousands commas when the value has them — what a counting-up figure shows on its way.
 */
export function figureAt(value: string, fraction: number): string {
  const decimals = value.split('.')[1]?.length ?? 0
  const scaled = (figureNumber(value) * fraction).toFixed(decimals)
  if (!value.includes(',')) return scaled
  const [whole = '', part] = scaled.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',')
  return part === undefined ? grouped : `${grouped}.${part}`
}

/** A figure exactly as the article writes it: "92.38" + "%", "20.9" + "万平方米", "120" + "余个". */
export const FigureSchema = v.strictObject({
  /**
   * Digits as written in the article (kept as text so "92.38" never becomes 92.380000001),
   * thousands commas allowed ("1,200"); shown the same in both languages.
   */
  value: v.pipe(
    v.string(),
    v.regex(FIGURE_VALUE, (issue) => figureValueMessage(issue.input))
  ),
  /** Unit after the number, per language: zh "余个", en "+". */
  unit: LocalizedOptionalSchema,
  /** Optional text before the number in each language (e.g. en "No. " for a rank). */
  prefix: v.optional(LocalizedOptionalSchema)
})
export type Figure = v.InferOutput<typeof FigureSchema>

/**
 * A photo's path in a pack: `media/` and a file name. Any letters (Chinese too), digits, spaces
 * and punctuation, except what Windows or macOS cannot hold in a file name (`/ \\ : * ? " < > |`
 * and control characters); not starting with a dot (hidden files) or a space. The extension is
 * checked separately (`mediaPathProblem`), which also rules out a name ending in a dot or space.
 */
export const MEDIA_PATH =
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  /^media\/[^/\\:*?"<>|\u0000-\u001f\u007f. ][^/\\:*?"<>|\u0000-\u001f\u007f]*$/

/** What the checker says of a path that {@link MEDIA_PATH} refuses. */
export const MEDIA_PATH_MESSAGE =
  'must be media/<file name>: a file directly in the media folder, whose name does not start ' +
  'with a dot or a space and holds none of / \\ : * ? " < > | (Chinese and spaces are fine)'

const seconds = v.pipe(v.number(), v.minValue(2), v.maxValue(120))

/** Fields every slide has. */
const base = {
  /** Stable id, used in the URL (`#/<id>`) and by links between slides. */
  id: v.pipe(v.string(), v.regex(SLIDE_ID, 'must be lower-case words joined by "-"')),
  /** Seconds this slide stays up in the attract loop; the deck default when absent. */
  duration: v.optional(seconds),
  /** Which of the five strengths this slide belongs to (accent colour, hub highlighting). */
  section: v.optional(v.picklist(STRENGTHS)),
  /** Presenter notes. */
  notes: v.optional(LocalizedSchema)
}

/** A slide's heading: the title and an optional subtitle under it (SlideHeader in the renderer). */
const heading = {
  title: LocalizedSchema,
  subtitle: v.optional(LocalizedSchema)
}

export const CoverSlideSchema = v.strictObject({
  ...base,
  type: v.literal('cover'),
  kicker: v.optional(LocalizedSchema),
  ...heading,
  lead: v.optional(LocalizedSchema)
})

export const SectionSlideSchema = v.strictObject({
  ...base,
  type: v.literal('section'),
  /** Ordinal shown large, e.g. "01". */
  number: v.pipe(v.string(), v.regex(/^\d{2}$/, 'must be two digits, e.g. "01"')),
  /** The strength, e.g. 保障力. */
  kicker: LocalizedSchema,
  ...heading,
  lead: v.optional(LocalizedSchema)
})

export const HubItemSchema = v.strictObject({
  key: v.picklist(STRENGTHS),
  /** The strength's short name, e.g. 保障力. */
  label: LocalizedSchema,
  /** One line on what it stands for. */
  summary: LocalizedSchema,
  /** Slide id that tapping the item opens. */
  target: base.id
})

export const HubSlideSchema = v.strictObject({
  ...base,
  type: v.literal('hub'),
  ...heading,
  items: v.pipe(v.array(HubItemSchema), v.minLength(1), v.maxLength(6))
})

export const StatSchema = v.strictObject({
  figure: FigureSchema,
  label: LocalizedSchema,
  detail: v.optional(LocalizedSchema)
})

export const StatsSlideSchema = v.strictObject({
  ...base,
  type: v.literal('stats'),
  ...heading,
  stats: v.pipe(v.array(StatSchema), v.minLength(1), v.maxLength(6))
})

export const ChartSeriesSchema = v.strictObject({
  label: LocalizedSchema,
  values: v.pipe(
    v.array(
      v.nullable(
        v.pipe(
          v.number(),
          v.finite('must be a finite number'),
          v.minValue(0, 'must not be negative'),
          v.maxValue(1e7, 'is absurdly large (at most 10,000,000)')
        )
      )
    ),
    v.minLength(1)
  )
})

export const ChartSchema = v.pipe(
  v.strictObject({
    kind: v.picklist(['bar', 'horizontal-bar', 'doughnut', 'line']),
    labels: v.pipe(v.array(LocalizedSchema), v.minLength(1), v.maxLength(12)),
    series: v.pipe(v.array(ChartSeriesSchema), v.minLength(1), v.maxLength(4)),
    /** Unit of the values for axis and text alternative, e.g. "%" / 节. */
    unit: LocalizedOptionalSchema,
    /** Value axis maximum (e.g. 100 for percentages). */
    max: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0)))
  }),
  v.check(
    (c) => c.series.every((s) => s.values.length === c.labels.length),
    'every series must have one value per label'
  )
)

export const ChartSlideSchema = v.strictObject({
  ...base,
  type: v.literal('chart'),
  ...heading,
  chart: ChartSchema,
  /** Figures shown beside the chart, exactly as written. */
  highlights: v.optional(v.pipe(v.array(StatSchema), v.maxLength(4))),
  source: v.optional(LocalizedSchema)
})

export const TimelineEventSchema = v.strictObject({
  /** With its year: "2021年", "2024年12月6日"; a plan shows when it was issued, not its period. */
  date: LocalizedSchema,
  title: LocalizedSchema,
  text: v.optional(LocalizedSchema)
})

export const TimelineSlideSchema = v.strictObject({
  ...base,
  type: v.literal('timeline'),
  ...heading,
  events: v.pipe(v.array(TimelineEventSchema), v.minLength(2), v.maxLength(8))
})

/** Illustrations drawn for this app; a pack may supply a photo instead. */
export const ILLUSTRATIONS = [
  'kindergarten',
  'running-children',
  'sports',
  'campus',
  'teachers-ai',
  'red-rock',
  'digital',
  'world',
  'books',
  'aerobics'
] as const

export const StorySlideSchema = v.strictObject({
  ...base,
  type: v.literal('story'),
  title: LocalizedSchema,
  kicker: v.optional(LocalizedSchema),
  body: v.pipe(v.array(LocalizedSchema), v.minLength(1), v.maxLength(4)),
  illustration: v.picklist(ILLUSTRATIONS),
  /** Path of a photo inside the content pack, shown instead of the illustration. */
  image: v.optional(v.pipe(v.string(), v.regex(MEDIA_PATH, MEDIA_PATH_MESSAGE))),
  caption: v.optional(LocalizedSchema)
})

export const QuoteSlideSchema = v.strictObject({
  ...base,
  type: v.literal('quote'),
  quote: LocalizedSchema,
  attribution: v.optional(LocalizedSchema)
})

export const WallItemSchema = v.strictObject({
  /** The figure when the item has one; items like 教育部人工智能教育基地 have none. */
  figure: v.optional(FigureSchema),
  text: LocalizedSchema
})

export const WallSlideSchema = v.strictObject({
  ...base,
  type: v.literal('wall'),
  ...heading,
  groups: v.pipe(
    v.array(
      v.strictObject({
        title: LocalizedSchema,
        items: v.pipe(v.array(WallItemSchema), v.minLength(1), v.maxLength(6))
      })
    ),
    v.minLength(1),
    v.maxLength(6)
  )
})

export const CreditsSlideSchema = v.strictObject({
  ...base,
  type: v.literal('credits'),
  title: LocalizedSchema,
  lead: v.optional(LocalizedSchema),
  credits: v.pipe(
    v.array(v.strictObject({ role: LocalizedSchema, names: LocalizedSchema })),
    v.minLength(1)
  )
})

export const SlideSchema = v.variant('type', [
  CoverSlideSchema,
  SectionSlideSchema,
  HubSlideSchema,
  StatsSlideSchema,
  ChartSlideSchema,
  TimelineSlideSchema,
  StorySlideSchema,
  QuoteSlideSchema,
  WallSlideSchema,
  CreditsSlideSchema
])

/** The text a pack is made from, and when it was written: the year every date is read against. */
export const SourceSchema = v.strictObject({
  title: LocalizedSchema,
  /** When the source was published: "2024", "2024-12" or "2024-12-10". */
  date: v.pipe(
    v.string(),
    v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a year, year-month or date, e.g. "2024-12"')
  ),
  /** Byline, as credited. */
  authors: v.optional(LocalizedSchema)
})

export const DeckSchema = v.strictObject({
  $schema: v.optional(v.string()),
  /** Format version of the pack. */
  version: v.literal(1),
  title: LocalizedSchema,
  /** The source the content is taken from (optional for packs that have none). */
  source: v.optional(SourceSchema),
  /** Seconds each slide stays up in the attract loop unless the slide says otherwise. */
  defaultDuration: v.optional(seconds, 8),
  slides: v.pipe(v.array(SlideSchema), v.minLength(1, 'the deck has no slides'))
})

export type Slide = v.InferOutput<typeof SlideSchema>
export type SlideType = Slide['type']
export type SlideOf<T extends SlideType> = Extract<Slide, { type: T }>
export type Deck = v.InferOutput<typeof DeckSchema>
export type Stat = v.InferOutput<typeof StatSchema>
export type Chart = v.InferOutput<typeof ChartSchema>

/** One problem found in a content file: where, and what is wrong. */
export interface ContentIssue {
  /** File the problem is in, relative to the pack, e.g. `deck.json`. */
  file: string
  /** JSON path of the field, e.g. `$.slides[3].stats[0].figure.value`; `$` for the whole file. */
  path: string
  /** The id of the slide the path is in, when it is in one and the slide has an id. */
  slide?: string
  message: string
}

export type ValidationResult = { ok: true; deck: Deck } | { ok: false; issues: ContentIssue[] }

/**
 * A JSON path as an editor reads it: the slide counted from 1 and named by its id, the rest as
 * in the file — `$.slides[11].stats[2].figure.value` with id `supply-courses` reads
 * `slide 12 ("supply-courses"), stats[2].figure.value`. A path outside the slides is unchanged.
 */
export function describePlace(path: string, slide?: string): string {
  const match = /^\$\.slides\[(\d+)\]\.?(.*)$/.exec(path)
  if (!match) return path
  const name = slide ? ` ("${slide.length > 40 ? `${slide.slice(0, 40)}…` : slide}")` : ''
  return `slide ${Number(match[1]) + 1}${name}${match[2] ? `, ${match[2]}` : ''}`
}

/** Renders an issue as `file: place: message`, the one format every host prints. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${describePlace(issue.path, issue.slide)}: ${issue.message}`
}

/**
 * Names the slide each issue is in, from the deck's data as parsed (valid or not), so that
 * {@link formatIssue} can say `slide 5 ("guarantee-planning")`.
 */
export function nameSlides(issues: ContentIssue[], data: unknown): ContentIssue[] {
  const slides = (data as { slides?: unknown } | null)?.slides
  if (!Array.isArray(slides)) return issues
  return issues.map((issue) => {
    const index = /^\$\.slides\[(\d+)\]/.exec(issue.path)?.[1]
    const id = index === undefined ? undefined : (slides[Number(index)] as { id?: unknown })?.id
    return typeof id === 'string' && id.trim() && !issue.slide ? { ...issue, slide: id } : issue
  })
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '$'
  for (const item of issue.path ?? []) {
    const key = item.key
    out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`
  }
  return out
}

/**
 * Validates parsed JSON as a deck: the schema first, then the rules a schema cannot state
 * (unique slide ids, links that point at existing slides).
 */
export function validateDeck(data: unknown, file = 'deck.json'): ValidationResult {
  const parsed = v.safeParse(DeckSchema, data)
  if (!parsed.success) {
    return {
      ok: false,
      issues: nameSlides(
        parsed.issues.map((i) => ({ file, path: pathOf(i), message: describe(i) })),
        data
      )
    }
  }
  const deck = parsed.output
  const issues: ContentIssue[] = []
  const seen = new Map<string, number>()
  deck.slides.forEach((slide, i) => {
    const first = seen.get(slide.id)
    if (first !== undefined) {
      issues.push({
        file,
        path: `$.slides[${i}].id`,
        slide: slide.id,
        message: `duplicate slide id "${slide.id}" (also slide ${first + 1})`
      })
    } else seen.set(slide.id, i)
  })
  deck.slides.forEach((slide, i) => {
    if (slide.type !== 'hub') return
    slide.items.forEach((item, j) => {
      if (!seen.has(item.target)) {
        issues.push({
          file,
          path: `$.slides[${i}].items[${j}].target`,
          slide: slide.id,
          message: `links to slide "${item.target}", which does not exist`
        })
      }
    })
  })
  return issues.length ? { ok: false, issues } : { ok: true, deck }
}

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.type !== 'variant' && issue.received === 'undefined') {
    return 'missing (a required field)'
  }
  if (issue.type === 'variant' && issue.expected) {
    return `unknown slide type ${issue.received} (expected one of ${issue.expected})`
  }
  if (issue.type === 'strict_object' && issue.received !== 'undefined') {
    return `unknown field (${issue.message})`
  }
  return issue.message
}

/** Parses the text of a content file and validates it; malformed JSON is one clear issue. */
export function parseDeck(text: string, file = 'deck.json'): ValidationResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    return {
      ok: false,
      issues: [{ file, path: '$', message: `not valid JSON (${(err as Error).message})` }]
    }
  }
  return validateDeck(data, file)
}
