#include "earning/csvreader.h"

#include <QIODevice>

namespace orchard {

namespace {

constexpr qint64 chunkBytes = 256 * 1024;
constexpr qsizetype maxRecordBytes = 1024 * 1024;  // longer than any HR export's record: a broken quote

}  // namespace

CsvReader::CsvReader(QIODevice &device) : m_device(device) {}

bool CsvReader::fill()
{
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    const QByteArray more = m_device.read(chunkBytes);
    if (more.isEmpty())
        return false;
    m_buffer.append(more);
    return true;
}

void CsvReader::detectSeparator()
{
    while (!m_buffer.contains('\n') && m_buffer.size() < maxRecordBytes && fill()) {
    }
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_position = 3;
        m_bytesConsumed = 3;
    }
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    for (qsizetype i = m_position; i < m_buffer.size() && (quoted || m_buffer.at(i) != '\n'); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    m_separator = semicolons > commas ? ';' : ',';
}

std::optional<QStringList> CsvReader::next()
{
    if (m_error)
        return std::nullopt;
    if (!m_started) {
        m_started = true;
        detectSeparator();
    }
    QStringList fields;
    QByteArray field;
    bool inQuotes = false;
    bool afterQuote = false;  // a quote inside quotes: the end of the quoted part, or the first of ""
    bool any = false;         // a character or a separator seen: the record is not a blank line
    qsizetype recordBytes = 0;
    const auto endField = [&] {
        fields.append(QString::fromUtf8(field));
        field.clear();
    };
    for (;;) {
        if (m_position >= m_buffer.size() && !fill()) {
            if (inQuotes && !afterQuote) {
                m_error = QStringLiteral("record %1: a quoted field is not closed before the end of the file").arg(m_recordNumber + 1);
                return std::nullopt;
            }
            if (!any)
                return std::nullopt;
            endField();
            ++m_recordNumber;
            return fields;
        }
        const char c = m_buffer.at(m_position++);
        ++m_bytesConsumed;
        if (++recordBytes > maxRecordBytes) {
            m_error = QStringLiteral("record %1 is longer than %2 bytes: is a quote not closed?").arg(m_recordNumber + 1).arg(maxRecordBytes);
            return std::nullopt;
        }
        if (inQuotes) {
            if (afterQuote) {
                afterQuote = false;
                if (c == '"') {
                    field.append('"');
                    continue;
                }
                inQuotes = false;  // the quoted part ended; c is read as outside quotes below
            } else if (c == '"') {
                afterQuote = true;
                continue;
            } else {
                field.append(c);
                continue;
            }
        }
        if (c == '"' && field.isEmpty()) {
            inQuotes = true;
            any = true;
        } else if (c == m_separator) {
            any = true;
            endField();
        } else if (c == '\n') {
            if (field.endsWith('\r'))
                field.chop(1);
            if (!any && field.isEmpty())
                continue;  // a blank line
            endField();
            ++m_recordNumber;
            return fields;
        } else {
            any = any || c != '\r';
            field.append(c);
        }
    }
}

}  // namespace orchard
