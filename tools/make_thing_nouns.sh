#!/usr/bin/env bash
# Builds data/lexicon/thing_nouns.tsv from Debian's WordNet 3.0 files (package
# wordnet-base, /usr/share/wordnet): every single-word noun whose most
# frequent sense is a thing that cannot act (WordNet's lexicographer files
# noun.artifact 06, noun.food 13, noun.object 17, noun.plant 20 and
# noun.substance 27), so that "injured by stones" or "hit by rubber bullets"
# names an instrument, not who did it. WordNet license: see the file header.
set -euo pipefail
here=$(dirname "$0")
exec bash "$here/wordnet_noun_class.sh" thing "06 13 17 20 27" tools/make_thing_nouns.sh "" \
  "${1:-/usr/share/wordnet}" "${2:-$here/../data/lexicon/thing_nouns.tsv}"
