/**
 * The story-slide illustrations, one Svelte component per name in `ILLUSTRATIONS`.
 *
 * Each takes a required `label` (its accessible name) and draws a 4:3 scene that fills its box.
 */
import type { Component } from 'svelte'
import { ILLUSTRATIONS } from '@shared/content'
import Aerobics from './Aerobics.svelte'
import Books from './Books.svelte'
import Campus from './Campus.svelte'
import Digital from './Digital.svelte'
import Kindergarten from './Kindergarten.svelte'
import RedRock from './RedRock.svelte'
import RunningChildren from './RunningChildren.svelte'
import Sports from './Sports.svelte'
import TeachersAi from './TeachersAi.svelte'
import World from './World.svelte'

export type IllustrationName = (typeof ILLUSTRATIONS)[number]

/** Props every illustration takes. */
export type IllustrationProps = { label: string }

export const illustrations: Record<IllustrationName, Component<IllustrationProps>> = {
  kindergarten: Kindergarten,
  'running-children': RunningChildren,
  sports: Sports,
  campus: Campus,
  'teachers-ai': TeachersAi,
  'red-rock': RedRock,
  digital: Digital,
  world: World,
  books: Books,
  aerobics: Aerobics
}
