/**
 * Tells the host which slide is up and whether the attract loop plays: it restores that slide
 * after a crash and reloads a changed content pack only while the loop plays. Reported once
 * the movement shows on screen (see after-paint).
 */
import type { ShowState } from '@shared/ipc'
import { afterMovementShows } from '../after-paint'
import type { Show } from '../engine/show.svelte'
import { Controller } from './controller.svelte'

export class HostReport extends Controller {
  constructor(
    show: Pick<Show, 'slide'> & { readonly attract: { readonly active: boolean } },
    report: (state: ShowState) => void
  ) {
    super()
    this.effect(() => {
      const state = { slideId: show.slide.id, attract: show.attract.active }
      return afterMovementShows(() => report(state))
    })
  }
}
