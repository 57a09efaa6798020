#!/usr/bin/env bash
# Builds data/lexicon/person_nouns.tsv from Debian's WordNet 3.0 files (package
# wordnet-base, /usr/share/wordnet): every single-word noun whose most
# frequent sense is a person (WordNet's lexicographer file noun.person), so
# that "teacher", "journalist" or "villager" head a victim phrase without
# being listed by hand. Words whose first sense is something else ("model",
# "star", "giant") are left out, and so are words more often used as an
# adjective or a verb ("major", "native", "official", "judge"); nouns.tsv
# lists by hand the ones extraction needs ("residents", "officials").
# WordNet license: see the file header.
set -euo pipefail
here=$(dirname "$0")
exec bash "$here/wordnet_noun_class.sh" person "18" tools/make_person_nouns.sh " (add words to nouns.tsv)" \
  "${1:-/usr/share/wordnet}" "${2:-$here/../data/lexicon/person_nouns.tsv}"
