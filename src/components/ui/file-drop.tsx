// A place to drop a file, or to choose one: /import's filled template, /curate's document. The
// file goes to onFile once; choosing the same file again works (the input is cleared).
import { useState, type ReactNode } from 'react';
import './file-drop.css';

export function FileDrop({
  prompt,
  choose,
  label,
  accept,
  disabled = false,
  onFile,
}: {
  /** The words before the choose link ("把文件拖到这里，或"). */
  prompt: ReactNode;
  choose: ReactNode;
  /** The file input's accessible name. */
  label: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={`file-drop${dragging ? ' file-drop--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <span>{prompt} </span>
      <label className="file-drop__choose">
        {choose}
        <input
          type="file"
          accept={accept}
          aria-label={label}
          disabled={disabled}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
    </div>
  );
}
