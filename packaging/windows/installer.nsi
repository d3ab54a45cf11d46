; The Windows installer of Bulletin Desk (简报编辑台), built on Linux by
; scripts/dist.sh with Debian's makensis. It installs for the current user
; (office PCs seldom grant administrator rights), adds a Start-menu entry and
; an entry in 应用和功能 with its uninstaller. The archive in
; %AppData%\bulletindesk is the user's data: the uninstaller leaves it.
;
; makensis -DVERSION=0.1.0.1 -DSRC=DIR -DOUTFILE=FILE installer.nsi

Unicode true
!include "MUI2.nsh"

!define APPNAME "简报编辑台"
!define APPKEY "BulletinDesk"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPKEY}"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPKEY}"
InstallDirRegKey HKCU "Software\${APPKEY}" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma
ManifestDPIAware true

VIProductVersion "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APPNAME} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "LegalCopyright" ""

!define MUI_ICON "${SRC}\bulletindesk.ico"
!define MUI_UNICON "${SRC}\bulletindesk.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\bulletindesk.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

Section "Install"
	SetShellVarContext current
	SetOutPath "$INSTDIR"
	File "${SRC}\bulletindesk.exe"
	File "${SRC}\bulletindesk-cli.exe"
	File "${SRC}\bulletindesk.ico"
	File "${SRC}\说明.txt"
	WriteUninstaller "$INSTDIR\uninstall.exe"
	CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\bulletindesk.exe" "" "$INSTDIR\bulletindesk.ico"
	WriteRegStr HKCU "Software\${APPKEY}" "InstallDir" "$INSTDIR"
	WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
	WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
	WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\bulletindesk.ico"
	WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "Bulletin Desk"
	WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
	WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
	WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
	WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
	SetShellVarContext current
	Delete "$SMPROGRAMS\${APPNAME}.lnk"
	Delete "$INSTDIR\bulletindesk.exe"
	Delete "$INSTDIR\bulletindesk-cli.exe"
	Delete "$INSTDIR\bulletindesk.ico"
	Delete "$INSTDIR\说明.txt"
	Delete "$INSTDIR\uninstall.exe"
	RMDir "$INSTDIR"
	DeleteRegKey HKCU "${UNINSTKEY}"
	DeleteRegKey HKCU "Software\${APPKEY}"
SectionEnd
