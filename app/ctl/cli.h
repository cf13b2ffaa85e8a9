// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace PCAuth::Ctl {

/// The translation context of pcauthctl's messages: Text::tr("...").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::Ctl)
};

/// Documented exit codes. Commands that judge something (inspect, health) use 0/1/2 for
/// good/warning/failure; anything the user typed wrong is a usage error.
enum ExitCode : int {
    ExitOk = 0,
    ExitWarning = 1,
    ExitFailure = 2,
    ExitUsage = 64,
};

/// What every command receives: its own arguments (the command name removed), the global
/// options, and where to write. Human text goes to `out`; errors and advice to `err`.
struct Context
{
    QStringList arguments;
    bool json = false;
    QString configDir;
    QTextStream &out;
    QTextStream &err;
    QTextStream &in;
};

/// Runs pcauthctl with a full argv; returns the process exit code.
int run(const QStringList &argv, QTextStream &out, QTextStream &err, QTextStream &in);

} // namespace PCAuth::Ctl
