#pragma once

#include <string_view>

namespace orchard::api {

// Strict UTF-8 (RFC 3629): no overlong forms, no encoded surrogates, nothing above U+10FFFF.
// Request bodies and header values are checked with it before anything else reads them.
bool isValidUtf8(std::string_view bytes);

}  // namespace orchard::api
