import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';

/** The modeler's toolbar: the diagram's name and what can be done with it. */
export function ModelerToolbar({
  name,
  onNew,
  onOpenFile,
  onDownload,
  onUndo,
  onRedo,
  onSimulate,
  simulating,
  deploy,
  children,
}: {
  name: string;
  onNew: () => void;
  onOpenFile: (file: File) => void;
  onDownload: (kind: 'bpmn' | 'svg') => void;
  onUndo: () => void;
  onRedo: () => void;
  onSimulate: () => void;
  simulating: boolean;
  deploy: { allowed: boolean; busy: boolean; run: () => void };
  /** The drafts menu and the save status, beside the name. */
  children: ComponentChildren;
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <div class="toolbar" role="toolbar" aria-label={t('modeler.title')}>
      <span class="toolbar__title">{name}</span>
      {children}
      <span class="toolbar__divider" />
      <button type="button" class="button button--small" onClick={onNew}>
        <Icon name="plus" />
        {t('modeler.new')}
      </button>
      <button type="button" class="button button--small" onClick={() => fileRef.current?.click()}>
        <Icon name="upload" />
        {t('modeler.open')}
      </button>
      <input
        ref={fileRef}
        type="file"
        accept=".bpmn,.xml"
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) onOpenFile(file);
        }}
      />
      <button type="button" class="button button--small" onClick={() => onDownload('bpmn')}>
        <Icon name="download" />
        {t('modeler.downloadBpmn')}
      </button>
      <button type="button" class="button button--small" onClick={() => onDownload('svg')}>
        <Icon name="download" />
        {t('modeler.downloadSvg')}
      </button>
      <span class="toolbar__divider" />
      <button type="button" class="button button--small button--ghost" onClick={onUndo}>
        <Icon name="undo" />
        <span class="visually-hidden">{t('modeler.undo')}</span>
      </button>
      <button type="button" class="button button--small button--ghost" onClick={onRedo}>
        <Icon name="redo" />
        <span class="visually-hidden">{t('modeler.redo')}</span>
      </button>
      <button
        type="button"
        class="button button--small"
        aria-pressed={simulating}
        onClick={onSimulate}
      >
        <Icon name="play" />
        {simulating ? t('modeler.stopSimulation') : t('modeler.simulate')}
      </button>
      <span class="toolbar__spacer" />
      <button
        type="button"
        class="button button--primary button--small"
        disabled={!deploy.allowed || deploy.busy}
        title={deploy.allowed ? undefined : t('modeler.deployNeedsDeveloper')}
        onClick={deploy.run}
      >
        <Icon name="rocket" />
        {deploy.busy ? t('modeler.deploying') : t('modeler.deploy')}
      </button>
    </div>
  );
}
