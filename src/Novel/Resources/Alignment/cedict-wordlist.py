#!/usr/bin/env python3
"""Derives Novel's aligner word list (cedict.txt.gz, beside this script) from a CC-CEDICT release.

    python3 src/Novel/Resources/Alignment/cedict-wordlist.py path/to/cedict_ts.u8

CC-CEDICT is published by MDBG under CC BY-SA 4.0 (https://cc-cedict.org/wiki/); the derived list is shared under
the same licence (see cedict.NOTICE.txt). The list keeps headwords of one to four Han characters (traditional and
simplified forms as separate lines), drops pinyin, classifier notes, variant and cross references, bracketed remarks
and Chinese text from the glosses, and keeps each gloss word lower-cased and stemmed as Novel.Alignment.EnglishStemmer
does, without the stop words of Novel.Alignment.LexiconLearner (read from the C# source, so the two cannot drift).
Format: comment lines, one line of English stems (numbered from 0 in order), then one line a headword: the headword,
a tab, and the numbers of its stems.
"""
import collections
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, '..', '..', 'Alignment', 'LexiconLearner.cs')
SKIPPED_GLOSSES = ('CL:', 'variant of', 'old variant', 'see ', 'used in', 'archaic variant', 'Japanese variant',
                   'erhua variant', 'abbr. for', '(archaic)', 'also written', 'pr. ')
HEADWORD = re.compile(r'^[\u3400-\u4dbf\u4e00-\u9fff]{1,4}$')
ENTRY = re.compile(r'^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$')
MAX_WORDS = 16


def stop_words():
    source = open(SOURCE, encoding='utf-8').read()
    start = source.index('StopWords = new')
    return set(re.findall(r'"([^"]+)"', source[start:source.index('};', start)]))


def stem(word):
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 5 and w.endswith('ing'):
        return w[:-3]
    if len(w) > 4 and w.endswith('ies'):
        return w[:-3] + 'y'
    if len(w) > 4 and w.endswith('ed'):
        return w[:-2]
    if len(w) > 3 and w.endswith('s') and not w.endswith('ss'):
        return w[:-1]
    return w


def gloss_words(glosses):
    words = []
    for gloss in glosses.split('/'):
        gloss = gloss.strip()
        if not gloss or gloss.startswith(SKIPPED_GLOSSES):
            continue
        gloss = re.sub(r'\([^)]*\)', ' ', gloss)
        gloss = re.sub(r'\[[^\]]*\]', ' ', gloss)
        gloss = re.sub(r'[\u3400-\u9fff|]+', ' ', gloss)
        for word in re.findall(r'[A-Za-z]+', gloss):
            word = word.lower()
            if word not in words:
                words.append(word)
    return words


def main(cedict_path):
    headwords = collections.OrderedDict()
    for line in open(cedict_path, encoding='utf-8'):
        if line.startswith('#'):
            continue
        m = ENTRY.match(line)
        if not m:
            continue
        traditional, simplified, _pinyin, glosses = m.groups()
        words = gloss_words(glosses)
        if not words:
            continue
        for headword in sorted({traditional, simplified}, key=lambda h: (h != traditional, h)):
            if HEADWORD.match(headword):
                known = headwords.setdefault(headword, [])
                known.extend(w for w in words if w not in known)

    stop = stop_words()
    stems, entries = {}, []
    for headword, words in headwords.items():
        numbers = []
        for word in words[:MAX_WORDS]:
            s = stem(word)
            if word in stop or s in stop:
                continue
            n = stems.setdefault(s, len(stems))
            if n not in numbers:
                numbers.append(n)
        if numbers:
            entries.append((headword, numbers))

    target = os.path.join(HERE, 'cedict.txt.gz')
    with gzip.open(target, 'wt', encoding='utf-8', compresslevel=9) as out:
        out.write('# Chinese-English word list derived from CC-CEDICT (https://cc-cedict.org/wiki/), licensed CC BY-SA 4.0;\n')
        out.write('# the first line after these comments lists English stems, each entry line is a headword and the numbers of its stems.\n')
        out.write(' '.join(sorted(stems, key=stems.get)) + '\n')
        for headword, numbers in entries:
            out.write(headword + '\t' + ' '.join(map(str, numbers)) + '\n')
    print(f'{len(entries)} headwords, {len(stems)} stems -> {target}')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
