#pragma once

#include "base/ledgererror.h"

namespace orchard {

// Thrown by the ledger's parts when a rule refuses the request; the operation runner undoes the
// operation's work and answers with the error (a refused request is remembered under its key).
struct Refusal
{
    LedgerError error;
};

}  // namespace orchard
