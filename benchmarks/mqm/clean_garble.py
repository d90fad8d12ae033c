"""The garble score on clean news: how much of it the Wikinews dev paragraphs (professional, fluent text) get, and which
fluency reports (TR6xxx) fire there. A fluent sentence should score near zero, so every point here is a false alarm of
the score or a real slip of the text; docs/quality.md quotes these figures when a fluency change moves them.

usage: python3 benchmarks/mqm/clean_garble.py DATA_DIR CLI_DLL [--config FILE]
  e.g. python3 benchmarks/mqm/clean_garble.py ../shared/data src/TextRepair.Cli/bin/Release/net10.0/TextRepair.Cli.dll
Prints each TR6xxx report with its context, then: the number of sentences, the summed garble score, and the sentences
that score a whole number of points without any diagnostic on them (the run-on part of TR6002's score: TR6001's
evidence is fractional), with their points.
"""
import json, os, subprocess, sys

data = os.path.join(sys.argv[1], 'news_wikinews')
articles = []
for name in ('wikinews_en_2019_2020.dev.jsonl', 'gum_wikinews.dev.jsonl'):
    with open(os.path.join(data, name), encoding='utf-8') as lines:
        articles += [json.loads(line) for line in lines]


def paragraphs(article):
    items = article['paragraphs']
    return [item if isinstance(item, str) else item.get('text', '') for item in items]


texts = ['\n\n'.join(paragraphs(article)) for article in articles]
config = ['--config', sys.argv[sys.argv.index('--config') + 1]] if '--config' in sys.argv else []
request = ''.join(json.dumps({'text': text}) + '\n' for text in texts)
output = subprocess.run(['dotnet', sys.argv[2], 'check', '--jsonl'] + config, input=request.encode(), capture_output=True).stdout.decode().splitlines()
if len(output) != len(texts):
    sys.exit(f'expected {len(texts)} results, got {len(output)}')

reports = sentences = run_on = 0
garble = run_on_points = 0.0
for text, line in zip(texts, output):
    result = json.loads(line)
    spans = [(d['start'], d['start'] + d['length']) for d in result.get('diagnostics', [])]
    for diagnostic in result.get('diagnostics', []):
        if diagnostic['id'].startswith('TR6'):
            reports += 1
            start = diagnostic['start']
            print(diagnostic['id'], repr(text[max(0, start - 40):start + diagnostic['length'] + 25]), '|', diagnostic['message'])
    for sentence in result.get('sentences', []):
        sentences += 1
        score = sentence['score']
        garble += score
        end = sentence['start'] + sentence['length']
        if score > 0 and score == int(score) and not any(a < end and sentence['start'] < b for a, b in spans):
            run_on += 1
            run_on_points += score

print(f'TR6xxx reports {reports}; sentences {sentences}; garble sum {garble:.1f}; '
      f'whole-number scores without a diagnostic: {run_on} sentences, {run_on_points:.0f} points')
