import '@fontsource-variable/noto-sans-sc'
import '@fontsource-variable/source-sans-3/wght.css'
import './styles/app.css'
import './styles/slide.css'
import { mount } from 'svelte'
import App from './App.svelte'

const app = mount(App, { target: document.getElementById('app')! })

export default app
