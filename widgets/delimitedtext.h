#pragma once
// Delimited text as spreadsheets write and read it: CSV files (',') and the
// tab-separated text of the clipboard ('\t'). A field holding the separator,
// a quote or a line break is quoted, with quotes doubled.

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace asirace {

// One record, without its line end.
QString delimitedLine(const QStringList &fields, QChar separator);

// The records of `text`. Line ends are "\n" or "\r\n"; a final line end adds
// no empty record, but a blank line inside the text is a record of one empty field.
QList<QStringList> parseDelimited(const QString &text, QChar separator);

} // namespace asirace
