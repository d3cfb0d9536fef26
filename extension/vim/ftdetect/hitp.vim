" hitp: *.hitp files are Health IT Plans.
autocmd BufRead,BufNewFile *.hitp setfiletype hitp
