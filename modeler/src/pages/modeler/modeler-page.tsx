import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client.ts';
import { includes } from '../../app/roles.ts';
import { currentPath, navigate, queryParam } from '../../app/router.ts';
import { me } from '../../app/session.ts';
import { createModeler } from '../../editor/create-modeler.ts';
import { fitToView, type ZoomableCanvas } from '../../editor/fit-to-view.ts';
import { newDiagram } from '../../editor/template.ts';
import { isWithoutDrawing } from '../../editor/without-drawing.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { type DeployOutcome, checkAndDeploy } from './deploy.ts';
import { download } from './download.ts';
import { DraftSaver } from './draft-saver.ts';
import { DraftsMenu } from './drafts-menu.tsx';
import { ModelerToolbar } from './modeler-toolbar.tsx';
import { ProblemsPanel } from './problems-panel.tsx';
import { readDiagramFile } from './read-diagram-file.ts';
import { SaveProblem, SaveStatus } from './save-status.tsx';
import { StartInstance } from './start-instance.tsx';
import { useFileDrop } from './use-file-drop.ts';

type Modeler = ReturnType<typeof createModeler>;
type Draft = Schemas['Draft'];
/** Where an opened diagram came from: a stored draft, a deployed version, a file, or the template. */
type Origin = { draft: Draft } | { basedOn: string } | { file: true } | { template: true };

const TEMPLATE_FILE = 'customer-request.bpmn';

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

function draftUrl(id: string): string {
  return `/modeler?draft=${encodeURIComponent(id)}`;
}

/**
 * The analysts' modeler: draw, lint while drawing, simulate, check with the server, deploy.
 * Every edit is saved as the user's draft (`?draft=<id>`); `/modeler` reopens the latest draft,
 * `?new` starts from the template, `?definition=<id>` from a deployed version.
 */
export default function ModelerPage() {
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const modelerRef = useRef<Modeler>();
  const nameRef = useRef(TEMPLATE_FILE);
  const [modeler, setModeler] = useState<Modeler>();
  const [name, setName] = useState(TEMPLATE_FILE);
  const [notice, setNotice] = useState<{ kind: 'error' | 'info'; text: string }>();
  const [outcome, setOutcome] = useState<DeployOutcome>();
  const [busy, setBusy] = useState(false);
  const [simulating, setSimulating] = useState(false);
  const canDeploy = me.value ? includes(me.value.role, 'developer') : false;

  const saver = useMemo(
    () =>
      new DraftSaver(
        async () => ({ name: nameRef.current, xml: (await modelerRef.current!.saveXML()).xml! }),
        // A save that ends after the user left the modeler must not pull them back to it.
        (draft) => {
          if (currentPath() === '/modeler') navigate(draftUrl(draft.id), { replace: true });
        },
      ),
    [],
  );

  useEffect(() => {
    const created = createModeler(canvasRef.current!, panelRef.current!);
    // As on bpmn.io's demos: the instance on `window.bpmnjs`, for scripts and browser tests.
    (window as unknown as { bpmnjs: Modeler }).bpmnjs = created;
    created.on('commandStack.changed', (event: { trigger?: string }) => {
      if (event.trigger !== 'clear') saver.changed();
    });
    created.on('tokenSimulation.toggleMode', (event: { active: boolean }) =>
      setSimulating(event.active),
    );
    modelerRef.current = created;
    setModeler(created);
    // Hidden or closed: save what is pending now; closing with a save under way asks first.
    const hidden = () =>
      document.visibilityState === 'hidden' && void saver.flush({ leaving: true });
    const leaving = (event: BeforeUnloadEvent) => {
      if (saver.pending) event.preventDefault();
    };
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('beforeunload', leaving);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('beforeunload', leaving);
      void saver.flush().finally(() => {
        saver.dispose();
        created.destroy();
      });
    };
  }, []);

  async function open(xml: string, fileName: string, origin: Origin) {
    if (!modeler) return;
    await saver.flush();
    setOutcome(undefined);
    try {
      const { warnings } = await modeler.importXML(xml);
      fitToView(modeler.get('canvas') as ZoomableCanvas);
      nameRef.current = fileName;
      setName(fileName);
      saver.reset({
        draft: 'draft' in origin ? origin.draft : undefined,
        basedOn: 'basedOn' in origin ? origin.basedOn : undefined,
      });
      // A file from disk is kept as a draft at once; the others on their first edit.
      if ('file' in origin) saver.changed();
      setNotice(
        warnings.length
          ? { kind: 'info', text: t('modeler.importWarnings', { count: warnings.length }) }
          : undefined,
      );
    } catch (error) {
      const reason = isWithoutDrawing(error) ? t('process.noDrawing') : (error as Error).message;
      setNotice({ kind: 'error', text: t('modeler.importFailed', { reason }) });
    }
  }

  async function openDraft(id: string) {
    const draft = await call(api.GET('/api/drafts/{id}', { params: { path: { id } } }));
    await open(draft.xml, draft.name, { draft });
  }

  const draftParam = queryParam('draft');
  const definitionParam = queryParam('definition');
  const fresh = queryParam('new') !== null;
  useEffect(() => {
    // The address names the draft already open: its first save put it there.
    if (!modeler || (draftParam && draftParam === saver.draftId)) return;
    (async () => {
      if (draftParam) return openDraft(draftParam);
      if (definitionParam) {
        const xml = await call(
          api.GET('/api/process-definitions/{id}/xml', {
            params: { path: { id: definitionParam } },
            parseAs: 'text',
          }),
        );
        const fileName = `${definitionParam.split(':')[0]}.bpmn`;
        return open(xml as unknown as string, fileName, { basedOn: definitionParam });
      }
      if (!fresh) {
        const [latest] = await call(api.GET('/api/drafts'));
        if (latest) return navigate(draftUrl(latest.id), { replace: true });
      }
      return open(templateXml(), TEMPLATE_FILE, { template: true });
    })().catch((error: unknown) => setNotice({ kind: 'error', text: errorMessage(error) }));
  }, [modeler, draftParam, definitionParam, fresh]);

  const openFile = async (file: File) =>
    open(await readDiagramFile(file), file.name, { file: true });
  useFileDrop(rootRef, openFile);

  async function save(kind: 'bpmn' | 'svg') {
    if (!modeler) return;
    if (kind === 'bpmn') {
      const { xml } = await modeler.saveXML({ format: true });
      download(name, xml!, 'application/xml');
    } else {
      const { svg } = await modeler.saveSVG();
      download(name.replace(/\.bpmn$/, '.svg'), svg, 'image/svg+xml');
    }
  }

  async function deploy() {
    if (!modeler) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const { xml } = await modeler.saveXML({ format: true });
      setOutcome(await checkAndDeploy(name, xml!));
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  const commandStack = () => modeler?.get('commandStack') as { undo(): void; redo(): void };
  const saveState = saver.state.value;

  return (
    <div class="modeler" ref={rootRef}>
      <ModelerToolbar
        name={name}
        onNew={() => navigate('/modeler?new')}
        onOpenFile={(file) => void openFile(file)}
        onDownload={(kind) => void save(kind)}
        onUndo={() => commandStack()?.undo()}
        onRedo={() => commandStack()?.redo()}
        onSimulate={() =>
          (modeler?.get('toggleMode') as { toggleMode(): void } | undefined)?.toggleMode()
        }
        simulating={simulating}
        deploy={{ allowed: canDeploy, busy, run: () => void deploy() }}
      >
        <SaveStatus state={saveState} />
        <DraftsMenu
          currentId={saver.draftId}
          onOpen={(id) => navigate(draftUrl(id))}
          onDeleted={(id) => {
            if (id !== saver.draftId) return;
            saver.reset({});
            navigate('/modeler?new');
          }}
        />
      </ModelerToolbar>
      <SaveProblem
        state={saveState}
        onReload={() => {
          const id = saver.draftId;
          if (id)
            openDraft(id).catch((error: unknown) =>
              setNotice({ kind: 'error', text: errorMessage(error) }),
            );
        }}
        onSaveAsNew={() => void saver.saveAsNew()}
      />
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
