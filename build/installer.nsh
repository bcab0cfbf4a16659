; Windows installer (NSIS) additions, included by electron-builder from build/installer.nsh.
;
; Whoever starts the app by hand must never land in a locked kiosk: on a laptop with no admin PIN
; there is no way out of it but signing out. So the shortcuts a person clicks carry their mode:
;   - the plain shortcuts (Start menu and desktop, made by electron-builder) open a normal window;
;   - "<product> - Present" opens the audience screen and the presenter view;
;   - "<product> - Kiosk" opens the locked full-screen kiosk (to try a hall set-up by hand).
; The program itself, started with no mode, opens a window too (unless config.json names a mode):
; a hall PC sets "mode": "kiosk" in config.json, and its watchdog (Shell Launcher, scheduled task)
; starts the program with --mode=kiosk, so it comes back locked after any restart
; (docs/kiosk-setup.md). The plain shortcuts keep --mode=windowed, which wins over config.json:
; a technician's double-click on a kiosk PC still opens a window.
; scripts/packaging.test.ts checks that every shortcut made here is removed on uninstall.

!macro customInstall
  ; electron-builder has just made the plain shortcuts without arguments: make them again, with.
  ${If} ${FileExists} "$newStartMenuLink"
    CreateShortCut "$newStartMenuLink" "$appExe" "--mode=windowed" "$appExe" 0 "" "" "${PRODUCT_NAME} in a window / 窗口模式"
    ClearErrors
    WinShell::SetLnkAUMI "$newStartMenuLink" "${APP_ID}"
  ${EndIf}
  ${If} ${FileExists} "$newDesktopLink"
    CreateShortCut "$newDesktopLink" "$appExe" "--mode=windowed" "$appExe" 0 "" "" "${PRODUCT_NAME} in a window / 窗口模式"
    ClearErrors
    WinShell::SetLnkAUMI "$newDesktopLink" "${APP_ID}"
  ${EndIf}
  CreateShortCut "$SMPROGRAMS\${PRODUCT_NAME} - Present.lnk" "$appExe" "--mode=present" "$appExe" 0 "" "" "Audience screen and presenter view / 演示：观众屏幕和演讲者视图"
  ClearErrors
  WinShell::SetLnkAUMI "$SMPROGRAMS\${PRODUCT_NAME} - Present.lnk" "${APP_ID}"
  CreateShortCut "$SMPROGRAMS\${PRODUCT_NAME} - Kiosk.lnk" "$appExe" "--mode=kiosk" "$appExe" 0 "" "" "Locked full-screen kiosk, left with the admin PIN / 展台：锁定全屏，用管理密码退出"
  ClearErrors
  WinShell::SetLnkAUMI "$SMPROGRAMS\${PRODUCT_NAME} - Kiosk.lnk" "${APP_ID}"
!macroend

!macro customUnInstall
  ; The plain shortcuts are electron-builder's to remove; these two are ours.
  WinShell::UninstShortcut "$SMPROGRAMS\${PRODUCT_NAME} - Present.lnk"
  Delete "$SMPROGRAMS\${PRODUCT_NAME} - Present.lnk"
  WinShell::UninstShortcut "$SMPROGRAMS\${PRODUCT_NAME} - Kiosk.lnk"
  Delete "$SMPROGRAMS\${PRODUCT_NAME} - Kiosk.lnk"
!macroend
