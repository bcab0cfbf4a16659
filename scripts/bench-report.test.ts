/** The bench's account of long animation frames (bench/report.mjs). */
import { describe, expect, it } from 'vitest'
import { longFramesOf } from '../bench/report.mjs'

const script = (invoker: string, at: number, ms: number) => ({
  invoker,
  file: 'index-abc.js',
  at,
  ms
})
const frame = (
  duration: number,
  styleLayout: number,
  scripts: ReturnType<typeof script>[],
  change = 1
) => ({
  start: 0,
  change,
  sinceChange: 10 * change,
  duration,
  blocking: Math.max(0, duration - 50),
  styleLayout,
  render: styleLayout + 2,
  scripts
})

describe('long frames', () => {
  it('counts only frames over 50 ms, sums their scripts by where they start, and names the longest', () => {
    const frames = [
      frame(40, 10, [script('DOMWindow.onkeydown', 100, 30)]),
      frame(80, 30, [
        script('DOMWindow.onkeydown', 100, 20),
        script('TimerHandler:setTimeout', 7, 25)
      ]),
      frame(120, 50, [script('TimerHandler:setTimeout', 7, 60)], 3),
      frame(60, 55, [], 0)
    ]
    expect(longFramesOf(frames)).toEqual({
      count: 3,
      ms: 260,
      scriptMs: 105,
      styleLayoutMs: 135,
      scripts: [
        { invoker: 'TimerHandler:setTimeout', file: 'index-abc.js', at: 7, ms: 85, count: 2 },
        { invoker: 'DOMWindow.onkeydown', file: 'index-abc.js', at: 100, ms: 20, count: 1 }
      ],
      longest: [
        { change: 3, sinceChangeMs: 30, ms: 120, scriptMs: 60, styleLayoutMs: 50 },
        { change: 1, sinceChangeMs: 10, ms: 80, scriptMs: 45, styleLayoutMs: 30 },
        { change: 0, sinceChangeMs: 0, ms: 60, scriptMs: 0, styleLayoutMs: 55 }
      ]
    })
  })

  it('keeps the five largest sources; a run without long frames has nothing to say', () => {
    const many = frame(
      90,
      0,
      [1, 2, 3, 4, 5, 6, 7].map((at) => script('FrameRequestCallback', at, at))
    )
    expect(longFramesOf([many]).scripts.map((s) => s.at)).toEqual([7, 6, 5, 4, 3])
    expect(longFramesOf([frame(30, 5, [])])).toEqual({
      count: 0,
      ms: 0,
      scriptMs: 0,
      styleLayoutMs: 0,
      scripts: [],
      longest: []
    })
  })
})
