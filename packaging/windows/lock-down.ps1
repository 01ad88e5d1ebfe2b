# Locks a Windows account to the clinic kiosk: when that account logs on, the kiosk is its
# whole desktop (no Explorer, no taskbar, no Start menu, no Task Manager, nothing to
# Alt+Tab to), and edge swipes on the touchscreen are off. IT runs it once, as an
# administrator, after logging on as the kiosk account once (so Windows has made its
# profile):
#
#   & "C:\Program Files\Clinic Kiosk\setup\lock-down.ps1" -User kiosk
#   & "C:\Program Files\Clinic Kiosk\setup\lock-down.ps1" -User kiosk -Undo
#
# Windows Enterprise, Education and IoT Enterprise (decided by the edition's licence, as
# Microsoft's own sample does): Shell Launcher, which restarts the kiosk whenever it ends;
# everyone else keeps Explorer. If the feature is off, the script turns it on and asks for
# a restart and a second run. Other editions (Pro): the account's own shell is set in its
# registry. Either way Task Manager is off for that account (its "Run new task" would
# start Explorer), and the "Clinic Kiosk" logon task is disabled, since the shell now
# starts the kiosk: two would fight. Ctrl+Alt+Del stays Windows' own: from there IT signs
# out and logs on as itself. It refuses to lock the account running it or an
# administrator. Written from Microsoft's documentation and reviewed, but not yet run on
# Windows by the team (see docs/installing.md).
param(
    [Parameter(Mandatory = $true)][string]$User,
    [switch]$Undo,
    [string]$DataDir = (Join-Path $env:ProgramData "clinic-kiosk")
)
$ErrorActionPreference = "Stop"

$me = [Security.Principal.WindowsIdentity]::GetCurrent()
if (-not (New-Object Security.Principal.WindowsPrincipal($me)).IsInRole(
        [Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw "Run this from a PowerShell started as administrator."
}
try {
    $sid = (New-Object Security.Principal.NTAccount($User)).Translate(
        [Security.Principal.SecurityIdentifier]).Value
} catch {
    throw "There is no account named '$User' on this PC: make it first (a standard account)."
}
$app = Join-Path (Split-Path -Parent $PSScriptRoot) "clinic-kiosk.exe"
$shell = "`"$app`" --supervise --data-dir `"$DataDir`""
$task = "Clinic Kiosk"
$edgeUi = "HKLM:\SOFTWARE\Policies\Microsoft\Windows\EdgeUI"
$namespace = "root\standardcimv2\embedded"

if (-not $Undo) {
    # Never lock IT out: not the account running this, not an administrator.
    if ($sid -eq $me.User.Value) {
        throw "'$User' is the account running this script: name the kiosk's own standard account."
    }
    $admins = @()
    try {
        $admins = @(Get-LocalGroupMember -SID "S-1-5-32-544" | ForEach-Object { $_.SID.Value })
    } catch {
        Write-Warning "Could not list the Administrators group ($($_.Exception.Message)); make sure '$User' is a standard account."
    }
    if ($admins -contains $sid) {
        throw "'$User' is an administrator: lock a standard account, never one IT needs."
    }
    # A shell that is not there is a black screen (and, under Shell Launcher, a restart loop).
    if (-not (Test-Path -LiteralPath $app -PathType Leaf)) {
        throw "The kiosk is not at '$app'."
    }
}

function Set-EdgeSwipe([bool]$allowed) {
    if ($allowed) {
        Remove-ItemProperty -Path $edgeUi -Name "AllowEdgeSwipe" -ErrorAction SilentlyContinue
    } else {
        # New-Item -Force on an existing key deletes it (and everything under it) first.
        if (-not (Test-Path $edgeUi)) { New-Item -Path $edgeUi -Force | Out-Null }
        Set-ItemProperty -Path $edgeUi -Name "AllowEdgeSwipe" -Value 0 -Type DWord
    }
}

# The account's own registry, loaded here if it is not logged on. .NET keys, each disposed,
# so no handle is left open when the hive is unloaded. $accountShell: also (un)set its shell.
function Set-AccountLock([bool]$lock, [bool]$accountShell) {
    $loaded = $false
    $root = [Microsoft.Win32.Registry]::Users.OpenSubKey($sid, $true)
    if ($null -eq $root) {
        $profilePath = (Get-CimInstance Win32_UserProfile -Filter "SID = '$sid'").LocalPath
        if (-not $profilePath) {
            if (-not $lock) { return }  # never logged on: nothing of ours is in it
            throw "Log on as '$User' once (so Windows makes its profile), log off, then run this again."
        }
        & reg.exe load "HKU\$sid" (Join-Path $profilePath "NTUSER.DAT") | Out-Null
        if ($LASTEXITCODE -ne 0) {
            throw "Could not load $User's registry (reg load: $LASTEXITCODE). Sign '$User' out completely, or restart, and run this again."
        }
        $loaded = $true
        $root = [Microsoft.Win32.Registry]::Users.OpenSubKey($sid, $true)
    }
    try {
        $winlogon = $root.CreateSubKey("Software\Microsoft\Windows NT\CurrentVersion\Winlogon")
        $system = $root.CreateSubKey("Software\Microsoft\Windows\CurrentVersion\Policies\System")
        try {
            if ($lock) {
                # Task Manager's "Run new task" would start Explorer: the Ctrl+Alt+Del way out.
                $system.SetValue("DisableTaskMgr", 1, [Microsoft.Win32.RegistryValueKind]::DWord)
                if ($accountShell) {
                    $winlogon.SetValue("Shell", $shell, [Microsoft.Win32.RegistryValueKind]::String)
                }
            } else {
                $system.DeleteValue("DisableTaskMgr", $false)
                $winlogon.DeleteValue("Shell", $false)
            }
        } finally {
            $winlogon.Dispose()
            $system.Dispose()
        }
    } finally {
        $root.Dispose()
        if ($loaded) {
            [GC]::Collect()
            [GC]::WaitForPendingFinalizers()
            for ($attempt = 1; $attempt -le 5; $attempt++) {
                & reg.exe unload "HKU\$sid" | Out-Null
                if ($LASTEXITCODE -eq 0) { break }
                Start-Sleep -Seconds 1
            }
            if ($LASTEXITCODE -ne 0) {
                Write-Warning "$User's registry is still loaded (HKU\$sid): restart the PC before '$User' logs on."
            }
        }
    }
}

function Assert-Wmi($result, [string]$what) {
    if ($result.ReturnValue -ne 0) { throw ("$what failed: WMI 0x{0:X8}" -f $result.ReturnValue) }
}

# Microsoft's own check (its Shell Launcher sample): the edition's licence, not whether the
# optional feature is listed or whether DISM happened to answer.
function Test-ShellLauncherLicence {
    if (-not ("ClinicKioskSlc" -as [type])) {
        Add-Type -TypeDefinition @"
using System.Runtime.InteropServices;
public static class ClinicKioskSlc {
    [DllImport("Slc.dll")]
    static extern int SLGetWindowsInformationDWORD([MarshalAs(UnmanagedType.LPWStr)] string name, out int value);
    public static bool ShellLauncher() {
        int enabled;
        return SLGetWindowsInformationDWORD("EmbeddedFeature-ShellLauncher-Enabled", out enabled) == 0 && enabled != 0;
    }
}
"@
    }
    return [ClinicKioskSlc]::ShellLauncher()
}

$feature = $null
if (Test-ShellLauncherLicence) {
    # Licensed: the feature exists; any DISM error here is real and stops the script.
    $feature = Get-WindowsOptionalFeature -Online -FeatureName "Client-EmbeddedShellLauncher"
}

if ($Undo) {
    if ($feature -and $feature.State -eq "Enabled") {
        $launcher = [wmiclass]"\\localhost\${namespace}:WESL_UserSetting"
        try { $launcher.RemoveCustomShell($sid) | Out-Null } catch { }  # none set: nothing to remove
        if (@(Get-WmiObject -Namespace $namespace -Class WESL_UserSetting).Count -eq 0) {
            Assert-Wmi ($launcher.SetEnabled($false)) "Turning Shell Launcher off"
        }
    }
    Set-AccountLock $false $false
    Set-EdgeSwipe $true
    Enable-ScheduledTask -TaskName $task -ErrorAction SilentlyContinue | Out-Null
    Write-Output "'$User' has the Windows desktop again once the PC restarts."
    exit 0
}

if ($feature -and $feature.State -ne "Enabled") {
    Enable-WindowsOptionalFeature -Online -FeatureName "Client-EmbeddedShellLauncher" `
        -NoRestart -All | Out-Null
    Write-Output "Shell Launcher is now turned on. Restart the PC, then run this script again."
    exit 3010
}
# The account's part first: it is the step that can refuse (no profile yet).
Set-AccountLock $true (-not $feature)
if ($feature) {
    $launcher = [wmiclass]"\\localhost\${namespace}:WESL_UserSetting"
    # Everyone else (IT) keeps Explorer: unset, Shell Launcher's default shell is cmd.exe.
    Assert-Wmi ($launcher.SetDefaultShell("explorer.exe", 0)) "SetDefaultShell"
    # SetCustomShell fails for a SID that already has one (a second run, a new -DataDir).
    try { $launcher.RemoveCustomShell($sid) | Out-Null } catch { }
    # 0: restart the kiosk whenever it ends (the supervisor already restarts the kiosk).
    Assert-Wmi ($launcher.SetCustomShell($sid, $shell, $null, $null, 0)) "SetCustomShell"
    Assert-Wmi ($launcher.SetEnabled($true)) "SetEnabled"
    $how = "Shell Launcher"
} else {
    $how = "the account's own shell setting"
}
Set-EdgeSwipe $false
Disable-ScheduledTask -TaskName $task -ErrorAction SilentlyContinue | Out-Null
Write-Output "When '$User' logs on, the kiosk is its whole desktop ($how). Undo with -Undo."
