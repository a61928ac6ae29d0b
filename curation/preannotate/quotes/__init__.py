"""QUOTE rules: direct quotes in quotation marks, reported (indirect) clauses, and their speakers.

Modules: ``cues`` (verbs of saying, Konjunktiv forms as patterns), ``text`` (sentences, the quote record,
SCORES), ``direct`` (quotation marks and direct quotes), ``indirect`` (indirect speech and its frames),
``phrases`` (German noun phrases), ``speakers`` (speaker resolution), ``component`` (the spaCy component).

Runs after `curate_actors` and `curate_figures`; reads doc.spans["ACTOR"] (may be missing or empty) and
writes doc.spans["QUOTE"] (attrs quote_type, score) plus (quote, actor) pairs in doc._.speakers. A speaker
the actor rules missed is added to doc.spans["ACTOR"] with a lower score.

Everything works on the character level with precompiled regular expressions over the text (sentences,
quotation-mark pairs, cue verbs, Konjunktiv forms); spaCy tokens are only used to align spans. The rule
that produced each quote and the way its speaker was chosen are kept for error analysis in
doc.user_data["curate_quote_rules"] and doc.user_data["curate_speaker_paths"] ({"start-end": name}).
Scores per rule are calibrated on the WikiNews train split (see SCORES).

Speaker: the first of ``speakers.SPEAKER_STRATEGIES`` that decides:
1. document_actor: "heißt es in einer Erklärung des X" -> X;
2. cue_subject: the subject next to the quote's cue: before the verb ("X sagte: „…“"), after it in
   verb-second order ("„…“, sagte X", "Die Entwicklung verglich Merkel …", "… lobte er"), after a frame word
   ("so X", "laut X", "X zufolge"); "er"/"sie" -> a person named before the quote in its own sentence
   ("Schaaf war zufrieden: „…“, sagte er"), else the last speaker or the nearest person before the frame
   sentence; a subject that is an abstract noun ("die Feststellung") is none;
3. after_verb_actor: „…“, strich Romney heraus;
4. source_phrase: a source phrase in the quote's sentence ("wie sich X ausdrückte", "laut dem X", "Für X sei …");
5. frame_subject: the subject of the quote's own sentence (also for a reported clause without a cue verb:
   "Die Forscher bezweifeln, dass …");
6. container: for a fragment inside a reported clause, that clause's speaker;
7. frame_nearest: the person (else actor) in the frame nearest the cue;
8. own_source: a reported sentence without a frame: a source it names itself ("Anschließend sei laut X …",
   the subject of a speech verb in it);
9. context: walking back over this and the previous paragraph, the speaker of an earlier quote or the
   subject of an earlier sentence with a verb of saying (the sentence right before: whatever its verb);
10. nearest_before: for a direct quote, the nearest person (else actor) named shortly before it.
A speaker found outside the quote's frame is linked at its actor's mention nearest before the quote.
"""

from curation.preannotate.quotes.component import QuoteComponent, create_quotes_component, find_quotes
from curation.preannotate.quotes.text import RULE_NAMES, SCORES

__all__ = ["QuoteComponent", "create_quotes_component", "find_quotes", "RULE_NAMES", "SCORES"]
