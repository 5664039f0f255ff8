#include "utf8.h"

namespace orchard::api {

bool isValidUtf8(std::string_view bytes)
{
    const auto *at = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = at + bytes.size();
    while (at < end) {
        const unsigned char lead = *at;
        if (lead < 0x80) {
            ++at;
            continue;
        }
        int continuation = 0;
        unsigned char low = 0x80;  // the range the second byte must be in (RFC 3629 §4)
        unsigned char high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            continuation = 1;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            continuation = 2;
            if (lead == 0xe0)
                low = 0xa0;  // no overlong three-byte forms
            else if (lead == 0xed)
                high = 0x9f;  // no UTF-16 surrogates U+D800..U+DFFF
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            continuation = 3;
            if (lead == 0xf0)
                low = 0x90;  // no overlong four-byte forms
            else if (lead == 0xf4)
                high = 0x8f;  // nothing above U+10FFFF
        } else {
            return false;  // a continuation byte first, 0xc0, 0xc1 or 0xf5..0xff
        }
        if (end - at <= continuation)
            return false;
        if (at[1] < low || at[1] > high)
            return false;
        for (int i = 2; i <= continuation; ++i)
            if ((at[i] & 0xc0) != 0x80)
                return false;
        at += continuation + 1;
    }
    return true;
}

}  // namespace orchard::api
