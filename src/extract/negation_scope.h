// Which event word a negation governs, read from the dependency parse.
//
// The word-window rule (a negation shortly before the event word, in its
// clause) misreads "the migrants who did not flee were shot" (the negation
// belongs to "flee") and misses "the gunmen killed no one". The parse
// answers where it can: a negation governs an event word it reaches through
// determiners, modifiers and arguments of one clause ("no migrants were
// killed", "were not killed", "without arresting anyone"), also through a
// complement ("did not try to kill") and through a subject shared by
// coordinated verbs ("no one was killed or injured"). A negation in another
// clause does not govern it. Where the parse puts both in one clause but
// links them no such way, often a misparse, it cannot tell.
#pragma once

#include <cstddef>
#include <optional>

#include "extract/dependencies.h"

namespace crosscheck {

// negator and event: tokens of one sentence the view has parsed; event is
// the syntactic head of the event word. true: the negation governs the event
// word; false: it belongs to another clause; nullopt: the parse cannot tell.
std::optional<bool> NegationGoverns(const DependencyView& deps, size_t negator, size_t event);

}  // namespace crosscheck
