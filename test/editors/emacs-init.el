;;; emacs-init.el --- the README's Emacs (eglot) configuration, for test/editors/emacs.test.ts  -*- lexical-binding: t -*-
;; Only the command differs: this Node and the freshly built bundle instead of the installed bin.
(require 'package)
(package-initialize)   ; Debian's elpa-eglot lives in the system package directory
(require 'eglot)

(define-derived-mode hitp-mode prog-mode "hitp"
  (setq-local comment-start "// ")
  (setq-local indent-tabs-mode nil)
  (setq-local tab-width 4))
(add-to-list 'auto-mode-alist '("\\.hitp\\'" . hitp-mode))
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs `(hitp-mode . (,(getenv "HITP_NODE") ,(getenv "HITP_SERVER") "--stdio"))))
(setq-default eglot-workspace-configuration '(:hitp (:numberLocale "de-DE")))
(add-hook 'hitp-mode-hook #'eglot-ensure)
