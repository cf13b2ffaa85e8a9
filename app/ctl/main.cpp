// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "support/translations.h"

#include <cstdio>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pcauthctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("PCAuth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PCAUTH_VERSION_STRING));
    // English only (scripts read this output), with its plural forms: "1 customer".
    PCAuth::installEnglishPlurals(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    const int code = PCAuth::Ctl::run(QCoreApplication::arguments(), out, err, in);
    out.flush();
    err.flush();
    return code;
}
