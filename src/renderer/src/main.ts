// The deck's own glyphs first (subsets made at build time), then the full fonts for whatever a
// content pack adds (the browser fetches a face only for characters on screen).
import 'virtual:deck-fonts.css'
import '@fontsource-variable/noto-sans-sc/wght.css'
import '@fontsource-variable/source-sans-3/wght.css'
import './styles/app.css'
import './styles/slide.css'
import { mount } from 'svelte'
import App from './App.svelte'
import { liveCharts } from './lib/charts/charts'

const app = mount(App, { target: document.getElementById('app')! })

// Read-only numbers for the end-to-end tests and the benchmark (nothing here changes the show).
Object.defineProperty(window, 'kioskDiagnostics', {
  value: Object.freeze({ liveCharts })
})

export default app
