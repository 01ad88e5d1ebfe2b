# Locks a Windows account to the clinic kiosk: when that account logs on, the kiosk is its
# whole desktop (no Explorer, no taskbar, no Start menu, nothing to Alt+Tab to), and edge
# swipes on the touchscreen are off. IT runs it once, as an administrator:
#
#   & "C:\Program Files\Clinic Kiosk\setup\lock-down.ps1" -User kiosk
#   & "C:\Program Files\Clinic Kiosk\setup\lock-down.ps1" -User kiosk -Undo
#
# Windows Enterprise, Education and IoT Enterprise: Shell Launcher, Microsoft's feature
# for this; it restarts the kiosk whenever it ends. If the feature is off, the script
# turns it on and asks for a restart and a second run. Other editions (Pro): the account's
# own shell is set in its registry (the account must have logged on once). Either way the
# "Clinic Kiosk" logon task is disabled, since the shell now starts the kiosk: two would
# fight. Ctrl+Alt+Del stays Windows' own: from there IT signs out and logs on as itself.
# Written from Microsoft's documentation; not yet run on Windows by the team (see
# docs/installing.md).
param(
    [Parameter(Mandatory = $true)][string]$User,
    [switch]$Undo,
    [string]$DataDir = (Join-Path $env:ProgramData "clinic-kiosk")
)
$ErrorActionPreference = "Stop"

$principal = New-Object Security.Principal.WindowsPrincipal(
    [Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    Write-Error "Run this from a PowerShell started as administrator."
}
try {
    $sid = (New-Object Security.Principal.NTAccount($User)).Translate(
        [Security.Principal.SecurityIdentifier]).Value
} catch {
    Write-Error "There is no account named '$User' on this PC: make it first (a standard account)."
}
$app = Join-Path (Split-Path -Parent $PSScriptRoot) "clinic-kiosk.exe"
$shell = "`"$app`" --supervise --data-dir `"$DataDir`""
$task = "Clinic Kiosk"
$edgeUi = "HKLM:\SOFTWARE\Policies\Microsoft\Windows\EdgeUI"

function Set-EdgeSwipe([bool]$allowed) {
    if ($allowed) {
        Remove-ItemProperty -Path $edgeUi -Name "AllowEdgeSwipe" -ErrorAction SilentlyContinue
    } else {
        New-Item -Path $edgeUi -Force | Out-Null
        Set-ItemProperty -Path $edgeUi -Name "AllowEdgeSwipe" -Value 0 -Type DWord
    }
}

function Set-AccountShell([string]$value) {
    # The account's own registry: loaded here if the account is not logged on.
    $hive = "Registry::HKEY_USERS\$sid"
    $loaded = $false
    if (-not (Test-Path $hive)) {
        $profilePath = (Get-CimInstance Win32_UserProfile | Where-Object SID -eq $sid).LocalPath
        if (-not $profilePath) {
            Write-Error "Log on as '$User' once (so Windows makes its profile), log off, then run this again."
        }
        & reg.exe load "HKU\$sid" (Join-Path $profilePath "NTUSER.DAT") | Out-Null
        $loaded = $true
    }
    try {
        $winlogon = "$hive\Software\Microsoft\Windows NT\CurrentVersion\Winlogon"
        New-Item -Path $winlogon -Force | Out-Null
        if ($value) {
            Set-ItemProperty -Path $winlogon -Name "Shell" -Value $value
        } else {
            Remove-ItemProperty -Path $winlogon -Name "Shell" -ErrorAction SilentlyContinue
        }
    } finally {
        if ($loaded) {
            [GC]::Collect()
            & reg.exe unload "HKU\$sid" | Out-Null
        }
    }
}

$feature = Get-WindowsOptionalFeature -Online -FeatureName "Client-EmbeddedShellLauncher" `
    -ErrorAction SilentlyContinue

if ($Undo) {
    if ($feature -and $feature.State -eq "Enabled") {
        $launcher = [wmiclass]"\\localhost\root\standardcimv2\embedded:WESL_UserSetting"
        $launcher.RemoveCustomShell($sid) | Out-Null
    }
    Set-AccountShell ""
    Set-EdgeSwipe $true
    Enable-ScheduledTask -TaskName $task -ErrorAction SilentlyContinue | Out-Null
    Write-Output "'$User' has the Windows desktop again at its next logon."
    exit 0
}

if ($feature -and $feature.State -ne "Enabled") {
    Enable-WindowsOptionalFeature -Online -FeatureName "Client-EmbeddedShellLauncher" `
        -NoRestart -All | Out-Null
    Write-Output "Shell Launcher is now turned on. Restart the PC, then run this script again."
    exit 3010
}
if ($feature) {
    $launcher = [wmiclass]"\\localhost\root\standardcimv2\embedded:WESL_UserSetting"
    # 0: restart the kiosk whenever it ends (the supervisor already restarts the kiosk).
    $launcher.SetCustomShell($sid, $shell, $null, $null, 0) | Out-Null
    $launcher.SetEnabled($true) | Out-Null
    $how = "Shell Launcher"
} else {
    Set-AccountShell $shell
    $how = "the account's own shell setting"
}
Set-EdgeSwipe $false
Disable-ScheduledTask -TaskName $task -ErrorAction SilentlyContinue | Out-Null
Write-Output "When '$User' logs on, the kiosk is its whole desktop ($how). Undo with -Undo."
