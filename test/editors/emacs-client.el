;;; emacs-client.el --- drives the hitp language server with Emacs's eglot  -*- lexical-binding: t -*-
;; Run by test/editors/emacs.test.ts after emacs-init.el:
;;   HITP_NODE=<node> HITP_SERVER=<out/server.cjs> HITP_FILE=<a copy of riverside.hitp> HITP_RESULT=<json>
;;   emacs --batch -q --no-site-file -l emacs-init.el -l emacs-client.el
;; Every step records its outcome (or its error) in an alist written as JSON; the script always exits.
(require 'json)
(require 'cl-lib)

(defvar hitp-result nil)
(defconst hitp-step-seconds 15)

(defun hitp-record (name value) (push (cons name value) hitp-result))

(defmacro hitp-step (name &rest body)
  `(condition-case err
       (hitp-record ,name (progn ,@body))
     (error (hitp-record ,name (list (cons 'error (error-message-string err)))))))

(defun hitp-wait (what predicate)
  (let ((deadline (+ (float-time) hitp-step-seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless (funcall predicate) (error "timed out after %s s waiting for %s" hitp-step-seconds what))))

(defun hitp-goto (needle &optional delta)
  (goto-char (point-min))
  (unless (search-forward needle nil t) (error "not in the buffer: %s" needle))
  (goto-char (+ (match-beginning 0) (or delta 0))))

(defun hitp-diagnostics ()
  (sort (mapcar (lambda (d)
                  (save-excursion
                    (goto-char (flymake-diagnostic-beg d))
                    (format "%s@%d:%d" (flymake-diagnostic-text d) (1- (line-number-at-pos)) (current-column))))
                (flymake-diagnostics))
        #'string<))

(defun hitp-run ()
  (setq eglot-confirm-server-initiated-edits nil)
  (find-file (getenv "HITP_FILE"))
  (hitp-record 'mode (symbol-name major-mode))
  ;; eglot-ensure connects after the next command; a batch Emacs runs none, so run the hook.
  (run-hooks 'post-command-hook)
  (let ((server nil))
    (hitp-step 'connect
      (hitp-wait "eglot to connect" (lambda () (and (eglot-current-server) eglot--managed-mode)))
      (setq server (eglot-current-server))
      (list (cons 'managed t)))
    (unless server (error "no server"))
    (hitp-step 'diagnostics
      (hitp-wait "diagnostics" (lambda () (flymake-diagnostics)))
      (vconcat (hitp-diagnostics)))
    (hitp-step 'hover
      (hitp-goto "candidate DbMigration" 10)
      (let ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams))))
        (plist-get (plist-get hover :contents) :value)))
    (hitp-step 'completion
      (goto-char (point-max))
      (insert "\n")
      (eglot--signal-textDocument/didChange)
      (let* ((response (jsonrpc-request server :textDocument/completion (eglot--TextDocumentPositionParams)))
             (items (if (vectorp response) response (plist-get response :items))))
        (delete-char -1)
        (eglot--signal-textDocument/didChange)
        (list (cons 'snippetSupport (if (eglot--snippet-expansion-fn) t :json-false))
              (cons 'labels (vconcat (mapcar (lambda (item) (plist-get item :label)) items)))
              (cons 'texts (vconcat (mapcar (lambda (item) (or (plist-get item :insertText) (plist-get item :label))) items)))
              (cons 'formats (vconcat (mapcar (lambda (item) (or (plist-get item :insertTextFormat) 1)) items))))))
    (hitp-step 'command
      (let ((answer (jsonrpc-request server :workspace/executeCommand '(:command "hitp.info" :arguments []))))
        (if answer answer "null")))
    (hitp-step 'cycle
      (hitp-goto "    advances infram stage 5 by 10%")
      (forward-line 1)
      (insert "    after DbMigration\n")
      (eglot--signal-textDocument/didChange)
      (hitp-wait "dependency-cycle diagnostics"
                 (lambda () (cl-some (lambda (d) (string-match-p "Dependency cycle" (flymake-diagnostic-text d))) (flymake-diagnostics))))
      (vconcat (hitp-diagnostics)))
    (hitp-step 'rename
      (hitp-goto "candidate CoreNetwork" 10)
      (eglot-rename "CoreNet")
      (list (cons 'renamed (how-many "\\_<CoreNet\\_>" (point-min) (point-max)))
            (cons 'left (how-many "CoreNetwork" (point-min) (point-max)))))
    (hitp-step 'formatting
      (hitp-goto "    duration 10 weeks")
      (delete-region (line-beginning-position) (line-end-position))
      (insert "duration     10 weeks")
      (eglot--signal-textDocument/didChange)
      (eglot-format-buffer)
      (hitp-goto "duration 10 weeks")
      (buffer-substring-no-properties (line-beginning-position) (line-end-position)))
    (hitp-step 'shutdown
      (eglot-shutdown server)
      t)))

(condition-case err
    (hitp-run)
  (error (hitp-record 'error (error-message-string err))))
(with-temp-file (getenv "HITP_RESULT")
  (insert (json-encode hitp-result)))
(kill-emacs 0)
