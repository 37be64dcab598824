import { useEffect, useRef, useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { includes } from '../../app/roles.ts';
import { queryParam } from '../../app/router.ts';
import { me } from '../../app/session.ts';
import { createModeler } from '../../editor/create-modeler.ts';
import { newDiagram } from '../../editor/template.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';
import { type DeployOutcome, checkAndDeploy } from './deploy.ts';
import { download } from './download.ts';
import { ProblemsPanel } from './problems-panel.tsx';
import { StartInstance } from './start-instance.tsx';

type Modeler = ReturnType<typeof createModeler>;

function templateXml(): string {
  return newDiagram('customer-request-draft', {
    pool: t('modeler.templatePool'),
    process: t('modeler.untitled'),
    front: t('modeler.templateFront'),
    back: t('modeler.templateBack'),
    supervisor: t('modeler.templateSupervisor'),
    received: t('modeler.templateReceived'),
    answer: t('modeler.templateAnswer'),
    answered: t('modeler.templateAnswered'),
  });
}

/** The analysts' modeler: draw, lint while drawing, simulate, check with the server, deploy. */
export default function ModelerPage() {
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [modeler, setModeler] = useState<Modeler>();
  const [notice, setNotice] = useState<{ kind: 'error' | 'info'; text: string }>();
  const [outcome, setOutcome] = useState<DeployOutcome>();
  const [busy, setBusy] = useState(false);
  const [fileName, setFileName] = useState('customer-request.bpmn');
  const canDeploy = me.value ? includes(me.value.role, 'developer') : false;

  async function open(xml: string, name: string) {
    if (!modeler) return;
    setOutcome(undefined);
    try {
      const { warnings } = await modeler.importXML(xml);
      (modeler.get('canvas') as { zoom(m: string): void }).zoom('fit-viewport');
      setFileName(name);
      setNotice(
        warnings.length
          ? { kind: 'info', text: t('modeler.importWarnings', { count: warnings.length }) }
          : undefined,
      );
    } catch (error) {
      setNotice({
        kind: 'error',
        text: t('modeler.importFailed', { reason: (error as Error).message }),
      });
    }
  }

  useEffect(() => {
    const created = createModeler(canvasRef.current!, panelRef.current!);
    // As on bpmn.io's demos: the instance on `window.bpmnjs`, for scripts and browser tests.
    (window as unknown as { bpmnjs: Modeler }).bpmnjs = created;
    setModeler(created);
    return () => created.destroy();
  }, []);

  useEffect(() => {
    if (!modeler) return;
    const definition = queryParam('definition');
    if (!definition) return void open(templateXml(), 'customer-request.bpmn');
    call(
      api.GET('/api/process-definitions/{id}/xml', {
        params: { path: { id: definition } },
        parseAs: 'text',
      }),
    ).then(
      (xml) => open(xml as unknown as string, `${definition.split(':')[0]}.bpmn`),
      (error: unknown) => setNotice({ kind: 'error', text: errorMessage(error) }),
    );
  }, [modeler]);

  async function readFile(file: File | undefined) {
    if (file) await open(await file.text(), file.name);
  }

  // A .bpmn file dropped anywhere on the modeler opens, as in Camunda Modeler.
  useEffect(() => {
    const root = rootRef.current!;
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      void readFile(e.dataTransfer?.files[0]);
    };
    root.addEventListener('dragover', over);
    root.addEventListener('drop', drop);
    return () => {
      root.removeEventListener('dragover', over);
      root.removeEventListener('drop', drop);
    };
  });

  async function save(kind: 'bpmn' | 'svg') {
    if (!modeler) return;
    if (kind === 'bpmn') {
      const { xml } = await modeler.saveXML({ format: true });
      download(fileName, xml!, 'application/xml');
    } else {
      const { svg } = await modeler.saveSVG();
      download(fileName.replace(/\.bpmn$/, '.svg'), svg, 'image/svg+xml');
    }
  }

  async function deploy() {
    if (!modeler) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const { xml } = await modeler.saveXML({ format: true });
      setOutcome(await checkAndDeploy(fileName, xml!));
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  const commandStack = () => modeler?.get('commandStack') as { undo(): void; redo(): void };

  return (
    <div class="modeler" ref={rootRef}>
      <div class="toolbar" role="toolbar" aria-label={t('modeler.title')}>
        <span class="toolbar__title">{fileName}</span>
        <button
          type="button"
          class="button button--small"
          onClick={() => void open(templateXml(), 'customer-request.bpmn')}
        >
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
          onChange={(e) => void readFile((e.target as HTMLInputElement).files?.[0])}
        />
        <button type="button" class="button button--small" onClick={() => void save('bpmn')}>
          <Icon name="download" />
          {t('modeler.downloadBpmn')}
        </button>
        <button type="button" class="button button--small" onClick={() => void save('svg')}>
          <Icon name="download" />
          {t('modeler.downloadSvg')}
        </button>
        <span class="toolbar__divider" />
        <button
          type="button"
          class="button button--small button--ghost"
          onClick={() => commandStack()?.undo()}
        >
          <Icon name="undo" />
          <span class="visually-hidden">{t('modeler.undo')}</span>
        </button>
        <button
          type="button"
          class="button button--small button--ghost"
          onClick={() => commandStack()?.redo()}
        >
          <Icon name="redo" />
          <span class="visually-hidden">{t('modeler.redo')}</span>
        </button>
        <button
          type="button"
          class="button button--small"
          onClick={() =>
            (modeler?.get('toggleMode') as { toggleMode(): void } | undefined)?.toggleMode()
          }
        >
          <Icon name="play" />
          {t('modeler.simulate')}
        </button>
        <span class="toolbar__spacer" />
        <button
          type="button"
          class="button button--primary button--small"
          disabled={!canDeploy || busy}
          title={canDeploy ? undefined : t('modeler.deployNeedsDeveloper')}
          onClick={() => void deploy()}
        >
          <Icon name="rocket" />
          {busy ? t('modeler.deploying') : t('modeler.deploy')}
        </button>
      </div>
      {notice && (
        <p
          class={`callout callout--${notice.kind === 'error' ? 'error' : 'info'} modeler__notice`}
          role="status"
        >
          {notice.text}
        </p>
      )}
      <div class="modeler__body">
        <section class="modeler__canvas" ref={canvasRef} aria-label={t('modeler.canvas')} />
        <aside class="modeler__panel" ref={panelRef} aria-label={t('modeler.properties')} />
      </div>
      {outcome && modeler && (
        <div class="modeler__footer">
          <ProblemsPanel modeler={modeler} outcome={outcome} />
          {outcome.kind === 'deployed' && <StartInstance definitionId={outcome.definition.id} />}
        </div>
      )}
    </div>
  );
}
