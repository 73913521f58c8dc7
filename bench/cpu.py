"""Parse alone and classify alone, on one core: ``python -m bench.cpu SAMPLE.pickle`` prints JSON.

Run by ``bench.run`` in a fresh process with the numeric libraries held to one thread, so the
figures are per core. SAMPLE.pickle holds a list of raw messages (bytes). Also measured, for
reference: the standard library's compat32 parser alone, and jobmail's whole worker step
(``pipeline.analyse.analyse_chunk``: parse + classify + content key).
"""

from __future__ import annotations

import email
import json
import pickle
import sys
import time
from email import policy
from pathlib import Path


def _timed(fn, *args):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def labels_alone(classifier, parsed) -> list[tuple[str, ...]]:
    """The labels of ``parsed`` and nothing else: cleaning, both model stages, thresholds (no
    company, topics or reasons), to time beside the whole ``classify_many``."""
    _, docs = classifier.score_labels(parsed)
    return [classifier.labels_of(doc.cats)[1] for doc in docs]


def measure(raws: list[bytes]) -> dict:
    from pipeline import analyse
    from pipeline.classify import Classifier
    from pipeline.parse import parse_message

    n = len(raws)
    out: dict = {"messages": n, "bytes": sum(map(len, raws))}
    # Warm-up: first calls pay for imports and caches; not what a backfill of thousands sees.
    for raw in raws[:50]:
        parse_message(raw)
    _, wall, cpu = _timed(lambda: [email.message_from_bytes(r, policy=policy.compat32) for r in raws])
    out["stdlib_compat32_parse"] = {"per_s": n / wall, "wall_s": wall, "cpu_s": cpu}
    parsed, wall, cpu = _timed(lambda: [parse_message(r) for r in raws])
    out["parse"] = {"per_s": n / wall, "wall_s": wall, "cpu_s": cpu,
                    "parse_errors": sum(p.parse_error is not None for p in parsed)}
    classifier, wall, _ = _timed(Classifier.load)
    out["model_load_s"] = wall
    out["model_version"] = classifier.version
    classifier.classify_many(parsed[:50])
    results, wall, cpu = _timed(classifier.classify_many, parsed)
    labelled = sum(1 for c in results if c.labels)
    out["classify"] = {"per_s": n / wall, "wall_s": wall, "cpu_s": cpu, "with_a_label": labelled}
    # after classify_many read the same texts: spaCy's tokenizer cache is warm, a few % optimistic
    _, wall, cpu = _timed(labels_alone, classifier, parsed)
    out["labels_alone"] = {"per_s": n / wall, "wall_s": wall, "cpu_s": cpu}
    # classify_many's parts, to show where its time goes: cleaning the message into model text,
    # the spaCy model alone, and company extraction.
    from pipeline.extract import extract_company
    from pipeline.features import content_model_text, message_content

    contents, wall, _ = _timed(lambda: [message_content(p) for p in parsed])
    out["classify_parts_ms_per_msg"] = {"clean_message": wall / n * 1e3}
    texts, wall, _ = _timed(lambda: [content_model_text(c) for c in contents])
    out["classify_parts_ms_per_msg"]["model_text"] = wall / n * 1e3
    _, wall, _ = _timed(lambda: list(classifier.nlp.pipe(texts, batch_size=256)))
    out["classify_parts_ms_per_msg"]["spacy_model"] = wall / n * 1e3
    out["spacy_model_alone_per_s"] = n / wall
    _, wall, _ = _timed(lambda: [extract_company(p, c) for p, c in zip(parsed, contents, strict=True)])
    out["classify_parts_ms_per_msg"]["company"] = wall / n * 1e3
    analyse.init_worker(None)
    _, wall, cpu = _timed(lambda: [x for i in range(0, n, 50) for x in analyse.analyse_chunk(raws[i:i + 50])])
    out["worker_step"] = {"per_s": n / wall, "wall_s": wall, "cpu_s": cpu}
    return out


def main(argv: list[str]) -> int:
    raws = pickle.loads(Path(argv[0]).read_bytes())
    print(json.dumps(measure(raws)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
