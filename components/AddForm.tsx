import { useState } from 'preact/hooks';
import { ROLES, type Role, STAGES, type Stage } from '@/lib/model/vocabulary';
import { EnumSelect } from './EnumSelect';

/** Add a person as a contact: name, role and stage chosen in one step. */
export function AddForm({
  name,
  onAdd,
  onCancel,
}: {
  name: string;
  onAdd: (v: { name: string; role: Role; stage: Stage }) => Promise<void>;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(name);
  const [role, setRole] = useState<Role>('customer');
  const [stage, setStage] = useState<Stage>('associate');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="add-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!value.trim()) return setError('A name is needed.');
        setBusy(true);
        try {
          await onAdd({ name: value.trim(), role, stage });
        } catch (err) {
          setError(err instanceof Error ? err.message : String(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      <label>
        Name
        <input value={value} maxLength={200} onInput={(e) => setValue(e.currentTarget.value)} required />
      </label>
      <div class="row">
        <EnumSelect label="Role" values={ROLES} value={role} onChange={setRole} />
        <EnumSelect label="Stage" values={STAGES} value={stage} onChange={setStage} />
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          Add contact
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
