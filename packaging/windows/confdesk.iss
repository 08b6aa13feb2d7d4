; Inno Setup script: a Windows installer for the one-folder build (packaging/build.py).
; Build on Windows:  python packaging\build.py   then   iscc packaging\windows\confdesk.iss
; The installer goes to dist\confdesk-setup.exe; it installs per user (no administrator
; rights needed), adds a Start menu entry, and opens .sqlite files with confdesk if asked.

#define AppVersion GetEnv("CONFDESK_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C3F1E0B-1D6B-4C8A-9B1E-4B8E2C1A7F21}
AppName=confdesk
AppVersion={#AppVersion}
AppPublisher=confdesk
DefaultDirName={autopf}\confdesk
DefaultGroupName=confdesk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=confdesk-setup
SetupIconFile=..\..\resources\icons\confdesk.ico
UninstallDisplayIcon={app}\confdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "sqlite"; Description: "Open .sqlite files with confdesk"; Flags: unchecked

[Files]
Source: "..\..\dist\confdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\confdesk"; Filename: "{app}\confdesk.exe"
Name: "{group}\confdesk (demo conference)"; Filename: "{app}\confdesk.exe"; Parameters: "--demo"
Name: "{autodesktop}\confdesk"; Filename: "{app}\confdesk.exe"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: string; ValueName: "confdesk.database"; ValueData: ""; Flags: uninsdeletevalue; Tasks: sqlite
Root: HKA; Subkey: "Software\Classes\confdesk.database"; ValueType: string; ValueName: ""; ValueData: "confdesk database"; Flags: uninsdeletekey; Tasks: sqlite
Root: HKA; Subkey: "Software\Classes\confdesk.database\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\confdesk.exe"" --database ""%1"""; Tasks: sqlite

[Run]
Filename: "{app}\confdesk.exe"; Parameters: "--demo"; Description: "{cm:LaunchProgram,confdesk}"; Flags: nowait postinstall skipifsilent
