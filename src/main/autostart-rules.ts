/**
 * Start at login, as plain decisions: what the login start runs, with which arguments, and the
 * XDG autostart `.desktop` entry Linux uses for it (Windows and macOS use Electron's login-item
 * API instead).
 */
import { DEFAULT_APP_CONFIG, type AppMode } from '@shared/app-config'

/** What a start at login runs. */
export interface LoginStart {
  /** The program: the AppImage or portable `.exe` a person started, else this executable. */
  exec: string
  /** Its arguments: the mode, pinned, and the user-data folder when it is not the default. */
  args: string[]
  /** Why the login start cannot be what was asked (macOS takes no arguments), for the log. */
  warning: string | null
}

/**
 * The login start of this run. A hall PC must come back locked after a restart with no flag for
 * the technician to remember, so the mode is always passed (`--mode=kiosk`): the one `config.json`
 * names when it names one — a run started by hand with another mode (the Windowed shortcut, to
 * check something) does not change what the machine starts at login — else this run's mode. The
 * user-data folder goes too, or the login start would read another `config.json`.
 */
export function loginStart(run: {
  platform: string
  execPath: string
  env: Readonly<Record<string, string | undefined>>
  /** The mode of this run, and the one `config.json` gives (if it gives one). */
  mode: AppMode
  fileMode: AppMode | undefined
  /** `--user-data` of this run, if given. */
  userData: string | undefined
}): LoginStart {
  const mode = run.fileMode ?? run.mode
  const args = [`--mode=${mode}`, ...(run.userData ? [`--user-data=${run.userData}`] : [])]
  // An AppImage runs from a mount and a portable .exe from a temporary copy, both gone after exit.
  const outer =
    run.platform === 'linux'
      ? run.env['APPIMAGE']
      : run.platform === 'win32'
        ? run.env['PORTABLE_EXECUTABLE_FILE']
        : undefined
  const exec = outer || run.execPath
  // Electron joins Windows login-item arguments with spaces as they are: quote them here.
  if (run.platform === 'win32') return { exec, args: args.map(windowsQuote), warning: null }
  if (run.platform !== 'darwin') return { exec, args, warning: null }
  // macOS starts a login item as a double-click does: no arguments, so config.json decides.
  const problems = [
    ...(run.fileMode === undefined && mode !== DEFAULT_APP_CONFIG.mode
      ? [
          `it opens in ${DEFAULT_APP_CONFIG.mode} mode, not --mode=${mode}: set "mode": "${mode}" in config.json`
        ]
      : []),
    ...(run.userData ? [`it reads the default user-data folder, not ${run.userData}`] : [])
  ]
  const warning = problems.length
    ? `macOS starts login items without arguments: ${problems.join('; ')}`
    : null
  return { exec, args: [], warning }
}

/**
 * One argument as Windows' command-line parser (`CommandLineToArgvW`) reads it back: quoted when
 * it has a space, with the backslashes before a quote (or the closing one) doubled.
 */
export function windowsQuote(arg: string): string {
  if (!/[\s"]/.test(arg)) return arg
  return `"${arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1')}"`
}

/** The `.desktop` file that starts the app at login. */
export function autostartEntry(
  name: string,
  execPath: string,
  args: readonly string[] = []
): string {
  const quote = (s: string) => (/[\s"'\\$`]/.test(s) ? `"${s.replace(/(["\\$`])/g, '\\$1')}"` : s)
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${name}`,
    `Exec=${[execPath, ...args].map(quote).join(' ')}`,
    'X-GNOME-Autostart-enabled=true',
    'NoDisplay=false',
    ''
  ].join('\n')
}
