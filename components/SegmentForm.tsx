import type { Contact, ContactPatch } from '@/lib/model';
import { AMBITIONS, type Ambition, COMMITMENTS, type Commitment } from '@/lib/model/vocabulary';
import { type SegmentName, segmentInfo } from '@/lib/segments';

const AMBITION_TEXT: Record<Ambition, string> = {
  product: 'The product or the discount',
  supplement: 'Extra income (up to about $1,000 a month)',
  career: 'Replace an income, build a business',
};
const COMMITMENT_TEXT: Record<Commitment, string> = {
  casual: 'Under 3 hours a week',
  steady: '3 to 10 hours a week',
  driven: 'More than 10 hours a week',
};

/** The two questions of the nine-segment grid, and what the answer means. */
export function SegmentForm({
  contact,
  segment,
  onSave,
}: {
  contact: Contact;
  segment: string | null;
  onSave: (p: ContactPatch) => void;
}) {
  const info = segment ? segmentInfo(segment as SegmentName) : undefined;
  return (
    <section aria-labelledby="segment-title">
      <h3 id="segment-title">What they want</h3>
      <label>
        What does success look like to them?
        <select
          value={contact.ambition ?? ''}
          onChange={(e) => onSave({ ambition: (e.currentTarget.value || undefined) as Ambition | undefined })}
        >
          <option value="">Not asked yet</option>
          {AMBITIONS.map((a) => (
            <option key={a} value={a}>
              {AMBITION_TEXT[a]}
            </option>
          ))}
        </select>
      </label>
      <label>
        How much time can they give?
        <select
          value={contact.commitment ?? ''}
          onChange={(e) => onSave({ commitment: (e.currentTarget.value || undefined) as Commitment | undefined })}
        >
          <option value="">Not asked yet</option>
          {COMMITMENTS.map((c) => (
            <option key={c} value={c}>
              {COMMITMENT_TEXT[c]}
            </option>
          ))}
        </select>
      </label>
      {info ? (
        <p class="segment">
          <strong>{info.name}.</strong> {info.meaning}
        </p>
      ) : (
        <p class="muted">
          Kindred groups people into nine segments from these two answers, and words its drafts to fit.
        </p>
      )}
    </section>
  );
}
