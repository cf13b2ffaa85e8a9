// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>

namespace PCAuth::Ctl {

struct Context;

/// `pcauthctl schedule install|remove|status [--every 7d]`: runs `pcauthctl keepalive --all`
/// regularly so that refresh tokens never reach Entra's 90-day inactivity limit. The plans and
/// the install/remove steps are the core's (schedule/keepaliveschedule.h), shared with the
/// settings page; this command adds the stricter --every rule and the output.
///  - Linux: a systemd user timer, ~/.config/systemd/user/pcauth-keepalive.{service,timer}
///    (XDG_CONFIG_HOME honoured), enabled with systemctl --user when systemctl is on PATH;
///    otherwise the commands to run are printed.
///  - macOS: a launchd agent, ~/Library/LaunchAgents/com.pcauth.keepalive.plist.
///  - Windows: a Task Scheduler task made with schtasks, and a record of it in
///    %LOCALAPPDATA%/PCAuth/keepalive-task.txt for status.
/// Exit 0, 1 when the files were written but the scheduler could not be told, 2 on failure,
/// 64 usage.
int runSchedule(Context &context);

/// The interval of --every: "Nh" (1-24 hours) or "Nd" (1-28 days), or "daily"/"weekly";
/// in seconds, nullopt when not accepted.
std::optional<qint64> scheduleIntervalSeconds(const QString &every);

} // namespace PCAuth::Ctl
