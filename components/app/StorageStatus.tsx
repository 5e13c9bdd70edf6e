import { useEffect, useState } from 'preact/hooks';

/** Whether the browser may clear Kindred's storage under pressure, and a button to ask it not to. */
export function StorageStatus() {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(false));
  }, []);
  const ask = async () => {
    const granted = (await navigator.storage?.persist?.()) ?? false;
    setPersisted(granted);
    setNote(granted ? '' : 'The browser said no for now; keep regular backups.');
  };
  if (persisted === null) return null;
  return (
    <div class={persisted ? 'notice storage ok' : 'notice storage'} role="status">
      {persisted ? (
        <span>Storage is persistent: the browser will not clear Kindred's data to free space.</span>
      ) : (
        <>
          <span>Storage is not persistent: under disk pressure the browser could clear it. </span>
          <button type="button" class="small" onClick={ask}>
            Ask to keep it
          </button>
        </>
      )}
      {note ? <span class="hint"> {note}</span> : null}
    </div>
  );
}
