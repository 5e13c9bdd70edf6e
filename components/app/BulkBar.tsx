import { useState } from 'preact/hooks';
import { call } from '@/components/api';
import { STAGES, type Stage } from '@/lib/model';
import { EnumSelect } from '../EnumSelect';
import { message } from './errors';

interface Props {
  ids: string[];
  tags: string[];
  onRemove: () => Promise<void>;
  onDone: () => void;
}

/** Actions on the checked rows: set the stage, add or remove a tag, move to the trash. */
export function BulkBar({ ids, tags, onRemove, onDone }: Props) {
  const [stage, setStage] = useState<Stage>('friend');
  const [tag, setTag] = useState('');
  const [status, setStatus] = useState('');
  const none = ids.length === 0;
  const run = async (what: string, payload: { stage?: Stage; addTag?: string; removeTag?: string }) => {
    try {
      const n = await call<'app->bg:bulkUpdate', number>('app->bg:bulkUpdate', { ids, ...payload });
      setStatus(`${what}: ${n} ${n === 1 ? 'contact' : 'contacts'} changed.`);
      onDone();
    } catch (e) {
      setStatus(message(e));
    }
  };
  return (
    <fieldset class="bulk" disabled={none}>
      <legend>{none ? 'Check rows to act on them' : `${ids.length} selected`}</legend>
      <div class="row wrap">
        <EnumSelect label="Stage" values={STAGES} value={stage} onChange={setStage} />
        <button type="button" onClick={() => run('Stage set', { stage })}>
          Set stage
        </button>
        <label>
          Tag
          <input list="bulk-tags" value={tag} maxLength={60} onInput={(e) => setTag(e.currentTarget.value)} />
          <datalist id="bulk-tags">
            {tags.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </label>
        <button type="button" disabled={!tag.trim()} onClick={() => run('Tag added', { addTag: tag.trim() })}>
          Add tag
        </button>
        <button type="button" disabled={!tag.trim()} onClick={() => run('Tag removed', { removeTag: tag.trim() })}>
          Remove tag
        </button>
        <button type="button" class="danger" onClick={() => void onRemove()}>
          Delete
        </button>
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </fieldset>
  );
}
