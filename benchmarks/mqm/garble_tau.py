"""Garble score against MQM: Kendall tau-b between each segment's summed sentence scores and its MQM points (Minor 1,
Major 5, Non-translation 25, averaged over raters), grouped by source segment (the WMT metrics-task way) and flat, on
the WMT23 zh-en dev split; the split is halved by document (md5 of doc_id): 'tune' was used to choose the thresholds
and weights, 'held' was not. Also span precision per rule and Fluency+Style span recall.

usage: python3 benchmarks/mqm/garble_tau.py DATA_DIR CLI_DLL [--parts] [--peers CORPORA_DIR] [--config FILE]
  e.g. python3 benchmarks/mqm/garble_tau.py ../shared/data src/TextRepair.Cli/bin/Release/net10.0/TextRepair.Cli.dll
--config runs the tool with that textrepair.json, e.g. benchmarks/mqm/post-edit.textrepair.json (a post-editing house
style: typographic quotation marks, TR3009, which is off by default).
--peers reads the peers' diagnostics on the exported MQM corpus (mqm.txt and mqm.peers.jsonl, as
benchmarks/compare-peers.sh writes them) and prints the same taus for each peer's lint count, the issue's baseline.
"""
import json, sys, subprocess, collections, itertools, hashlib, os, tempfile
rows=[]
for l in list(open(os.path.join(sys.argv[1], 'wmt_mqm', 'mqm_wmt23_zhen_news.dev.tsv'), encoding='utf-8'))[1:]:
    doc,seg,system,raters,text,spans=l.rstrip('\n').split('\t')
    spans=json.loads(spans); raters=raters.split(',')
    pts=0
    for s in spans:
        sev=s['severity']; cat=s['category']
        p=25 if 'Non-translation' in cat else (5 if sev=='Major' else (1 if sev=='Minor' else 0))
        if sev=='Neutral': p=0
        pts+=p
    rows.append(dict(doc=doc,seg=seg,system=system,text=text,spans=spans,mqm=pts/len(raters)))
if True:
    inp='\n'.join(json.dumps({'text':r['text']}) for r in rows)+'\n'
    config=['--config',sys.argv[sys.argv.index('--config')+1]] if '--config' in sys.argv else []
    out=subprocess.run(['dotnet',sys.argv[2],'check','--jsonl']+config,input=inp.encode(),capture_output=True).stdout.decode().splitlines()
    outs=[json.loads(o) for o in out]
def split(r): return 'held' if int(hashlib.md5(r['doc'].encode()).hexdigest(),16)%2 else 'tune'
def taub(x,y):
    c=d=tx=ty=0
    for i,j in itertools.combinations(range(len(x)),2):
        dx=x[i]-x[j]; dy=y[i]-y[j]
        if dx==0 and dy==0: continue
        if dx==0: tx+=1; continue
        if dy==0: ty+=1; continue
        if dx*dy>0: c+=1
        else: d+=1
    den=((c+d+tx)*(c+d+ty))**0.5
    return (c-d)/den if den else None
def taus(sig, part=None):
    idx=[i for i,r in enumerate(rows) if part is None or split(r)==part]
    g=collections.defaultdict(list)
    for i in idx: g[(rows[i]['doc'],rows[i]['seg'])].append(i)
    ts=[]
    for k,v in g.items():
        if len(v)<2: continue
        t=taub([sig[i] for i in v],[rows[i]['mqm'] for i in v])
        if t is not None: ts.append(t)
    flat=taub([sig[i] for i in idx],[rows[i]['mqm'] for i in idx])
    # A signal that never varies within a source segment (a rule that fires once) has no grouped tau.
    return (round(sum(ts)/len(ts),3) if ts else None), (round(flat,3) if flat is not None else None)
garble=[sum(s['score'] for s in o.get('sentences',[])) for o in outs]
length=[len(r['text'].split()) for r in rows]
ndiag=[len(o.get('diagnostics',[])) for o in outs]
print('length', taus(length))
print('garble all', taus(garble), 'tune', taus(garble,'tune'), 'held', taus(garble,'held'))
print('diag count', taus(ndiag))
rule=collections.defaultdict(lambda:[0,0])
fl_total=fl_hit=0
for r,o in zip(rows,outs):
    for dg in o.get('diagnostics',[]):
        s0=dg['start']; e0=s0+max(dg['length'],1)
        hit=any(s['start']>=0 and s['start']<e0 and s0<max(s['end'],s['start']+1) for s in r['spans'])
        rule[dg['id']][0]+=1; rule[dg['id']][1]+=hit
    for s in r['spans']:
        if s['start']<0: continue
        if s['category'].startswith('Fluency') or s['category'].startswith('Style'):
            fl_total+=1
            if any(dg['start']<max(s['end'],s['start']+1) and s['start']<dg['start']+max(dg['length'],1) for dg in o.get('diagnostics',[])): fl_hit+=1
print('per rule (n, precision):', {k:(v[0],round(v[1]/v[0],2)) for k,v in sorted(rule.items())})
allp=sum(v[0] for v in rule.values()); allh=sum(v[1] for v in rule.values())
print('precision', round(allh/max(allp,1),3), 'fluency+style recall', fl_hit, fl_total, round(fl_hit/fl_total,3))
if '--parts' in sys.argv:
    ids=sorted({dg['id'] for o in outs for dg in o.get('diagnostics',[])})
    for rid in ids:
        sig=[sum(1 for dg in o.get('diagnostics',[]) if dg['id']==rid) for o in outs]
        print(rid, sum(sig), taus(sig))
    # The rules' garble weights (their descriptors); 1 for the rest.
    W={'TR1008':0,'TR1009':0,'TR3001':0,'TR3003':0,'TR3004':0,'TR3009':0,'TR4001':0.5,'TR4002':0.5,'TR6001':2,'TR6002':2}
    dw=[sum(W.get(dg['id'],1) for dg in o.get('diagnostics',[])) for o in outs]
    lm=[g-d for g,d in zip(garble,dw)]
    print('score beyond diagnostics (TR6001 evidence, run-on clauses): segments', sum(1 for x in lm if x>0.001), taus(lm))
    print('diag part', taus(dw))
if '--peers' in sys.argv:
    corpora=sys.argv[sys.argv.index('--peers')+1]
    exported=open(os.path.join(corpora,'mqm.txt'),encoding='utf-8').read().split('\n\n')
    # The export is a header paragraph, then one paragraph per row in the dev file's order; peers give UTF-16 offsets.
    segments=exported[1:1+len(rows)]
    assert [x.strip() for x in segments]==[r['text'].strip() for r in rows], 'the exported corpus does not match the dev split'
    bounds=[]; at=len(exported[0].encode('utf-16-le'))//2+2
    for x in segments:
        n=len(x.encode('utf-16-le'))//2
        bounds.append((at,at+n)); at+=n+2
    counts=collections.defaultdict(lambda:[0]*len(rows))
    starts=[b[0] for b in bounds]
    import bisect
    for line in open(os.path.join(corpora,'mqm.peers.jsonl'),encoding='utf-8'):
        d=json.loads(line)
        i=bisect.bisect_right(starts,d['start'])-1
        if 0<=i<len(rows) and d['start']<bounds[i][1]:
            counts[d['peer']][i]+=1
    for peer,sig in sorted(counts.items()):
        print(peer, 'lint count', sum(sig), 'all', taus(sig), 'tune', taus(sig,'tune'), 'held', taus(sig,'held'))
