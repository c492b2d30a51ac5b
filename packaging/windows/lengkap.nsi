; Lengkap for Windows: a per-user installer that needs no administrator rights.
; Built by packaging/windows/build.sh:
;   makensis -DVERSION=x.y.z -DSTAGE=<deployed folder> -DOUTFILE=<setup.exe> -DSOURCE=<repo> lengkap.nsi
; Installs into %LOCALAPPDATA%\Programs\Lengkap, a Start-menu shortcut, an optional desktop
; shortcut, and an uninstaller registered for the current user (Apps & features). Silent with /S
; (IT departments); /D=<folder> chooses the folder. The user's data (%APPDATA%\Lengkap) is never
; touched: an upgrade keeps it, uninstalling leaves it and says so.
Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define APP "Lengkap"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Lengkap"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}\Installer" "InstallDir"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "Lengkap developers"

!define MUI_ABORTWARNING
!define MUI_ICON "${SOURCE}\packaging\windows\lengkap.ico"
!define MUI_UNICON "${SOURCE}\packaging\windows\lengkap.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\lengkap.exe"
!define MUI_UNFINISHPAGE_NOAUTOCLOSE
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH

; Indonesian first: the default, and the officers' language. The language dialog offers English.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString SecProgram ${LANG_INDONESIAN} "Lengkap (program)"
LangString SecProgram ${LANG_ENGLISH} "Lengkap (program)"
LangString SecDesktop ${LANG_INDONESIAN} "Pintasan di desktop"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString ShortcutCli ${LANG_INDONESIAN} "Lengkap - baris perintah"
LangString ShortcutCli ${LANG_ENGLISH} "Lengkap - command line"
LangString DataKept ${LANG_INDONESIAN} "Program Lengkap telah dihapus. Data Anda tidak dihapus: basis data dan cadangannya tetap ada di $APPDATA\Lengkap\Lengkap."
LangString DataKept ${LANG_ENGLISH} "Lengkap has been removed. Your data were not removed: the database and its backups stay in $APPDATA\Lengkap\Lengkap."
LangString StillRunning ${LANG_INDONESIAN} "Lengkap masih terbuka. Tutup Lengkap, lalu klik Coba Lagi."
LangString StillRunning ${LANG_ENGLISH} "Lengkap is still open. Close it, then click Retry."

!macro RemoveProgramFiles
    ; Only what the installer put there: never a folder the user may have chosen with other files.
    RMDir /r "$INSTDIR\platforms"
    RMDir /r "$INSTDIR\sqldrivers"
    RMDir /r "$INSTDIR\styles"
    RMDir /r "$INSTDIR\imageformats"
    RMDir /r "$INSTDIR\iconengines"
    RMDir /r "$INSTDIR\licences"
    Delete "$INSTDIR\*.dll"
    Delete "$INSTDIR\lengkap.exe"
    Delete "$INSTDIR\lengkap-cli.exe"
    Delete "$INSTDIR\README.txt"
!macroend

Function .onInit
    !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
    !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "!$(SecProgram)" SecMain
    SectionIn RO
    SetShellVarContext current
    SetOutPath "$INSTDIR"
    ; An upgrade: files of the old version go first, so no stale DLL stays beside the new ones.
    retry:
    ClearErrors
    Delete "$INSTDIR\lengkap.exe"
    IfErrors 0 +3
        MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY retry
        Abort
    !insertmacro RemoveProgramFiles
    File /r "${STAGE}\*.*"
    WriteUninstaller "$INSTDIR\uninstall.exe"

    CreateDirectory "$SMPROGRAMS\${APP}"
    CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\lengkap.exe"
    CreateShortcut "$SMPROGRAMS\${APP}\$(ShortcutCli).lnk" "$SYSDIR\cmd.exe" '/k cd /d "$INSTDIR" && lengkap-cli.exe --help'

    WriteRegStr HKCU "Software\${APP}\Installer" "InstallDir" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Lengkap developers"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\lengkap.exe"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
    IntFmt $0 "0x%08X" $0
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecDesktop)" SecDesktop
    SetShellVarContext current
    CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\lengkap.exe"
SectionEnd

Section "Uninstall"
    SetShellVarContext current
    !insertmacro RemoveProgramFiles
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    Delete "$DESKTOP\${APP}.lnk"
    RMDir /r "$SMPROGRAMS\${APP}"
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
    DeleteRegKey HKCU "Software\${APP}\Installer"
    ; The database, its backups and the settings (HKCU\Software\Lengkap\Lengkap) stay.
    DetailPrint "$(DataKept)"
    MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)" /SD IDOK
SectionEnd
