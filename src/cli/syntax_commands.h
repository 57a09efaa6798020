// CLI commands of the syntax stage (src/syntax): each adds subcommands to
// the crosscheck CLI11 app. A failing command prints the Status message to
// stderr and exits with status 1.
#pragma once

#include <CLI/CLI.hpp>

// crosscheck parse --format conllu [--model DIR] FILE
//   reads CoNLL-U (its tokenization as given) and writes it to stdout with
//   predicted UPOS, XPOS, HEAD and DEPREL.
void AddParseCommand(CLI::App& app);

// crosscheck train-syntax --train F [--dev F] --out DIR [--epochs N] ...
// crosscheck eval-syntax [--model DIR] FILE
//   trains the tagger and parser; prints UPOS accuracy, UAS and LAS.
void AddTrainCommand(CLI::App& app);
