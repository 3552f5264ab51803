"""Care-plan handout benchmark: the large-print PDF renderer against a bare reportlab floor.

    .venv/bin/python bench/handouts.py [--seed S] [--runs N] [--json]

Builds a seeded two-page plan and times ``render_handout`` (median over N runs after one
warm-up), then the floor: a bare reportlab document (SimpleDocTemplate, one plain Paragraph
per text of the same handout at the same sizes, the same fonts registered beforehand, the
same page count and PDF settings), and prints the ratio. Then renders 100 different seeded
handouts end to end (plan, context, PDF). Exits 1 when a judged target is missed.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import re
import sys
import time
from dataclasses import replace
from typing import Any

from _common import Check, Stats, table

from clinic_app.domain.careplan import SLOTS, CarePlan, Condition, Medicine, amount_text
from clinic_app.paths import resource_path

TARGETS = {"median_ms": 30.0, "hundred_s": 5.0, "pages": 2}
HUNDRED = 100

MEDICINES = [  # name, dose, purpose, what to watch for
    ("Metformin", "500 mg tablet", "blood sugar", "upset stomach for the first weeks"),
    ("Amlodipine", "5 mg tablet", "blood pressure", "swollen ankles"),
    ("Hydrochlorothiazide", "25 mg tablet", "blood pressure and swelling",
     "feeling dizzy when you stand up"),
    ("Enalapril", "10 mg tablet", "blood pressure and your heart", "a dry cough"),
    ("Atorvastatin", "20 mg tablet", "cholesterol, to protect your heart", "aching muscles"),
    ("Aspirin", "75 mg tablet", "to keep your blood from clotting", "black stools or bleeding"),
    ("Salbutamol", "inhaler, 2 puffs", "breathing when your chest is tight", "a fast heartbeat"),
    ("Glibenclamide", "5 mg tablet", "blood sugar", "shaking, sweating or feeling faint"),
    ("Furosemide", "40 mg tablet", "swelling in your legs", "feeling very thirsty"),
    ("Paracetamol", "500 mg tablet", "pain", "do not take more than 8 in a day"),
]
CONDITIONS = [
    ("High blood pressure", "Your blood pushes too hard on the walls of your blood vessels. "
     "Over time this can harm your heart, brain and kidneys. Medicine and less salt help."),
    ("Type 2 diabetes", "Your body does not use sugar well, so there is too much sugar in "
     "your blood. Medicine, walking and eating less sugar help."),
    ("Asthma", "The tubes in your chest get narrow, so it is hard to breathe. Your inhaler "
     "opens them again."),
    ("Heart failure", "Your heart does not pump as strongly as it should, so water builds up "
     "in your legs and chest. Medicine takes the water away."),
]
GOALS = ["Walk to the market and back every day", "Eat less salt and sugar",
         "Take my pills every morning with tea", "Stop smoking before Christmas",
         "Drink water instead of soda", "Check my feet every evening",
         "Sleep eight hours a night"]
WARNINGS = ["You have chest pain or trouble breathing", "You feel very dizzy or faint",
            "Your feet or legs swell a lot", "You are very thirsty and pass water often",
            "You cannot keep your medicine down", "You have a fever for more than two days"]
STEPS = ["Have your blood tested at the next visit", "Bring all your medicines with you",
         "Weigh yourself every morning and write it down", "Ask the nurse about a foot check"]
PEOPLE = ["Wanjiru Kamau", "María González", "Jean-Baptiste Mugisha", "Amina Odhiambo",
          "Grace Achieng", "José Ramírez", "Françoise Uwase", "Peter Otieno"]
CLINICIANS = ["Dr. Okafor", "Nurse Wambui", "Dr. Hernández", "Clinical Officer Kiprop"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def seeded_plan(rng: random.Random, medicines: int, conditions: int, goals: int,
                warnings: int, steps: int, version: int = 1) -> CarePlan:
    """A plan with the given numbers of items, the items drawn from the lists above."""
    def schedule() -> tuple[float, float, float, float]:
        slots = [0.0] * 4
        for i in rng.sample(range(4), rng.randint(1, 2)):
            slots[i] = rng.choice([0.5, 1.0, 1.0, 1.0, 1.5, 2.0])
        return tuple(slots)  # type: ignore[return-value]

    meds = tuple(Medicine(name, schedule(), dose, purpose, watch,
                          "take it after food — agreed with the nurse" if rng.random() < 0.3
                          else "")
                 for name, dose, purpose, watch in rng.sample(MEDICINES, medicines))
    return CarePlan(
        patient_id=f"p{rng.randrange(10**6)}", version=version,
        conditions=tuple(Condition("", n, e) for n, e in rng.sample(CONDITIONS, conditions)),
        medicines=meds, goals=tuple(rng.sample(GOALS, goals)),
        warning_signs=tuple(rng.sample(WARNINGS, warnings)),
        next_steps=tuple(rng.sample(STEPS, steps)),
        next_appointment=f"2026-12-{rng.randint(1, 28):02d}T09:30",
        next_appointment_with=rng.choice(CLINICIANS),
        support_person=f"{rng.choice(PEOPLE).split()[0]} (daughter)")


def seeded_context(rng: random.Random, texts: dict[str, Any], plan: CarePlan,
                   clinician_copy: bool = False) -> Any:
    from clinic_app.handouts.pdf import HandoutContext

    day = int((plan.next_appointment or "2026-12-07")[8:10])
    return HandoutContext(
        clinic_name="Kibera Community Clinic", clinic_phone="0712 345 678",
        patient_name=rng.choice(PEOPLE), printed_on="23 November 2026", language="en",
        texts=texts, paper=rng.choice(["a4", "letter"]), clinician_copy=clinician_copy,
        next_appointment_text=f"{rng.choice(DAYS)} {day} {rng.choice(MONTHS)} 2026, 9:30",
        plan_version=plan.version)


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page(?![s\w])", pdf))


def plain_texts(plan: CarePlan, ctx: Any) -> list[tuple[str, float]]:
    """Every text of the handout, with its type size, for the floor document."""
    t = ctx.texts
    out: list[tuple[str, float]] = [(ctx.clinic_name, 18), (ctx.clinic_phone, 18),
                                    (t["title"], 30), (ctx.patient_name, 18),
                                    (ctx.printed_on, 18), (t["your_medicines"], 24),
                                    (" ".join(t[s.value] for s in SLOTS), 18)]
    for m in plan.medicines:
        out += [(f"{m.name} {m.dose}", 18), (" ".join(amount_text(a) for a in m.schedule), 28)]
        out += [(text, 18) for text in (m.purpose, m.side_effects, m.agreed_change) if text]
    out.append((t["what_for"], 24))
    out += [(text, 18) for c in plan.conditions for text in (c.name, c.explanation)]
    out.append((t["your_goals"], 24))
    out += [(g, 18) for g in plan.goals]
    out.append((t["warning"], 24))
    out += [(w, 18) for w in plan.warning_signs]
    out.append((t["next_steps"], 24))
    out += [(s, 18) for s in plan.next_steps]
    out += [(t["next_appointment"], 24), (ctx.next_appointment_text, 28),
            (plan.next_appointment_with, 28), (plan.support_person, 18), (t["questions"], 24)]
    out += [(q, 18) for q in t["question_list"]]
    return out


class Floor:
    """A bare reportlab document of the same texts: the least reportlab itself costs."""

    def __init__(self) -> None:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        font = TTFont("Bench-Atkinson", str(resource_path(
            "fonts", "AtkinsonHyperlegible-Regular.ttf")))
        pdfmetrics.registerFont(font)
        self.styles: dict[float, Any] = {}
        for size in (18, 24, 28, 30):
            self.styles[size] = ParagraphStyle(f"bench-{size}", fontName=font.fontName,
                                               fontSize=size, leading=size * 1.3,
                                               spaceAfter=6)

    def render(self, texts: list[tuple[str, float]], pages: int) -> bytes:
        import io
        from xml.sax.saxutils import escape

        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import cm
        from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

        story: list[Any] = []
        per_page = -(-len(texts) // pages)
        for i, (text, size) in enumerate(texts):
            if i and i % per_page == 0:
                story.append(PageBreak())
            story.append(Paragraph(escape(text), self.styles[size]))
        buf = io.BytesIO()
        SimpleDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                          topMargin=2 * cm, bottomMargin=2.5 * cm, invariant=True,
                          pageCompression=0).build(story)
        return buf.getvalue()


def time_runs(fn: Any, runs: int) -> Stats:
    fn()  # warm-up
    gc.collect()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter_ns()
        fn()
        samples.append(time.perf_counter_ns() - t0)
    return Stats.of(samples)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    from clinic_app.handouts.pdf import render_handout
    import_ms = (time.perf_counter() - t0) * 1000

    texts = json.loads(resource_path("handout", "en.json").read_text(encoding="utf-8"))
    rng = random.Random(args.seed)
    plan = seeded_plan(rng, medicines=2, conditions=0, goals=2, warnings=3, steps=1)
    ctx = seeded_context(rng, texts, plan)
    ctx = replace(ctx, paper="a4")
    t1 = time.perf_counter()
    pdf = render_handout(plan, ctx)
    first_ms = (time.perf_counter() - t1) * 1000
    pages = page_count(pdf)

    floor = Floor()
    floor_texts = plain_texts(plan, ctx)
    floor_pdf = floor.render(floor_texts, pages)
    handout = time_runs(lambda: render_handout(plan, ctx), args.runs)
    bare = time_runs(lambda: floor.render(floor_texts, pages), args.runs)

    many_rng = random.Random(args.seed + 1)
    gc.collect()
    t2 = time.perf_counter()
    many_pages = 0
    for i in range(HUNDRED):
        p = seeded_plan(many_rng, medicines=many_rng.randint(0, 5),
                        conditions=many_rng.randint(0, 3), goals=many_rng.randint(0, 4),
                        warnings=many_rng.randint(0, 5), steps=many_rng.randint(0, 3),
                        version=i + 1)
        many_pages += page_count(render_handout(p, seeded_context(
            many_rng, texts, p, clinician_copy=i % 4 == 0)))
    hundred_s = time.perf_counter() - t2

    ratio = handout.median / bare.median
    checks = [
        Check("handout pages", f"= {TARGETS['pages']}", str(pages), pages == TARGETS["pages"]),
        Check("render median (2 pages)", f"<= {TARGETS['median_ms']:g} ms",
              f"{handout.median:.2f} ms", handout.median <= TARGETS["median_ms"]),
        Check("bare reportlab floor median", "-", f"{bare.median:.2f} ms", None,
              f"{page_count(floor_pdf)} pages"),
        Check("ratio handout/floor (median)", "-", f"{ratio:.2f} x", None),
        Check(f"{HUNDRED} seeded handouts", f"<= {TARGETS['hundred_s']:g} s",
              f"{hundred_s:.2f} s", hundred_s <= TARGETS["hundred_s"],
              f"{many_pages} pages"),
        Check("first render (fonts, styles)", "-", f"{first_ms:.1f} ms", None),
        Check("import clinic_app.handouts.pdf", "-", f"{import_ms:.1f} ms", None),
    ]
    failed = any(c.passed is False for c in checks)
    if args.json:
        print(json.dumps({
            "seed": args.seed, "runs": args.runs, "pages": pages, "pdf_bytes": len(pdf),
            "handout": vars(handout), "floor": vars(bare), "ratio": ratio,
            "hundred_s": hundred_s, "checks": [c.as_dict() for c in checks],
            "passed": not failed}, indent=2))
        return int(failed)
    print(f"\nHandout render, ms (seed {args.seed}, {args.runs} runs after a warm-up, "
          f"{pages} pages, {len(pdf):,} bytes)")
    print(table(["what", "runs", "median", "p95", "max"],
                [[name, str(s.n), f"{s.median:.2f}", f"{s.p95:.2f}", f"{s.max:.2f}"]
                 for name, s in (("render_handout", handout), ("bare reportlab", bare))]))
    print("bare = SimpleDocTemplate, one plain Paragraph per text at the same sizes, the same "
          "font\nregistered beforehand, the same page count and settings (no compression).\n")
    print(table(["target", "limit", "measured", "result"],
                [[c.name, c.target, c.measured, c.verdict + (f" ({c.note})" if c.note else "")]
                 for c in checks]))
    print(f"\n{'FAIL' if failed else 'PASS'}: median {handout.median:.2f} ms, floor "
          f"{bare.median:.2f} ms, ratio {ratio:.2f}, {HUNDRED} handouts {hundred_s:.2f} s")
    return int(failed)


if __name__ == "__main__":
    sys.exit(main())
