# Windows: build the one-folder application and its installer.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11+ (python.org) and Inno Setup 6 (iscc on PATH, or in its default folder).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
python -m venv .venv-build
.\.venv-build\Scripts\pip install -q -e . "pyinstaller==6.*"
.\.venv-build\Scripts\python packaging\build.py
.\dist\confdesk\confdesk.exe --version
$iscc = Get-Command iscc -ErrorAction SilentlyContinue
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" } else { $iscc = $iscc.Source }
& $iscc packaging\windows\confdesk.iss
Write-Output "wrote dist\confdesk-setup.exe"
