import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';

export interface PendingConfirm {
  message: string;
  resolve: (ok: boolean) => void;
}

/** Asks before the pane overwrites anything in the workbook. */
export function ConfirmDialog({ pending, onClose }: { pending: PendingConfirm | null; onClose: () => void }) {
  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    onClose();
  };
  return (
    <Dialog open={pending !== null} onOpenChange={(_, d) => !d.open && answer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Overwrite cells?</DialogTitle>
          <DialogContent>{pending?.message}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => answer(false)}>
              Keep them
            </Button>
            <Button appearance="primary" onClick={() => answer(true)}>
              Overwrite
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
