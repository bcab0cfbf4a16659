/**
 * Start at login on Linux: an XDG autostart `.desktop` entry (Windows and macOS use Electron's
 * login-item API instead).
 */

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
