#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace orchard {

// Reads RFC 4180 records from a device as it goes, so memory stays that of one buffer and one
// record whatever the file's size: quoted fields (with "" for a quote, and separators and line
// breaks inside), CRLF or LF, UTF-8 with or without a byte-order mark. The separator is `,` or
// `;`, whichever the first record uses more often outside quotes (HR exports from a European
// locale use `;`).
class CsvReader
{
public:
    explicit CsvReader(QIODevice &device);

    // The next record, or nothing at the end of the file or on a malformed one (error() says).
    // A blank line is skipped; it is not a record.
    std::optional<QStringList> next();

    qint64 recordNumber() const { return m_recordNumber; }  // 1-based: the header is record 1
    char separator() const { return m_separator; }
    qint64 bytesRead() const { return m_bytesConsumed; }
    const std::optional<QString> &error() const { return m_error; }

private:
    bool fill();  // reads more into the buffer; false at the end of the device
    void detectSeparator();

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qint64 m_bytesConsumed = 0;
    qint64 m_recordNumber = 0;
    char m_separator = ',';
    bool m_started = false;
    std::optional<QString> m_error;
};

}  // namespace orchard
