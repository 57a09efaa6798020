// A hand-written treebank of a few short sentences (our own, UD English
// style) for the tests: small enough to learn perfectly.
#pragma once

namespace crosscheck::syntax::testing {

inline constexpr const char* kTinyTreebank = R"(# text = Police arrested two men on Friday.
1	Police	police	NOUN	NNS	_	2	nsubj	_	_
2	arrested	arrest	VERB	VBD	_	0	root	_	_
3	two	two	NUM	CD	_	4	nummod	_	_
4	men	man	NOUN	NNS	_	2	obj	_	_
5	on	on	ADP	IN	_	6	case	_	_
6	Friday	Friday	PROPN	NNP	_	2	obl	_	_
7	.	.	PUNCT	.	_	2	punct	_	_

# text = Three protesters were injured by soldiers.
1	Three	three	NUM	CD	_	2	nummod	_	_
2	protesters	protester	NOUN	NNS	_	4	nsubj:pass	_	_
3	were	be	AUX	VBD	_	4	aux:pass	_	_
4	injured	injure	VERB	VBN	_	0	root	_	_
5	by	by	ADP	IN	_	6	case	_	_
6	soldiers	soldier	NOUN	NNS	_	4	obl:agent	_	_
7	.	.	PUNCT	.	_	4	punct	_	_

# text = The ministry denied that anyone was killed.
1	The	the	DET	DT	_	2	det	_	_
2	ministry	ministry	NOUN	NN	_	3	nsubj	_	_
3	denied	deny	VERB	VBD	_	0	root	_	_
4	that	that	SCONJ	IN	_	7	mark	_	_
5	anyone	anyone	PRON	NN	_	7	nsubj:pass	_	_
6	was	be	AUX	VBD	_	7	aux:pass	_	_
7	killed	kill	VERB	VBN	_	3	ccomp	_	_
8	.	.	PUNCT	.	_	3	punct	_	_

# text = Witnesses said the army fired on the crowd.
1	Witnesses	witness	NOUN	NNS	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	army	army	NOUN	NN	_	5	nsubj	_	_
5	fired	fire	VERB	VBD	_	2	ccomp	_	_
6	on	on	ADP	IN	_	8	case	_	_
7	the	the	DET	DT	_	8	det	_	_
8	crowd	crowd	NOUN	NN	_	5	obl	_	_
9	.	.	PUNCT	.	_	2	punct	_	_

# text = Dozens of people fled the village.
1	Dozens	dozen	NOUN	NNS	_	4	nsubj	_	_
2	of	of	ADP	IN	_	3	case	_	_
3	people	people	NOUN	NNS	_	1	nmod	_	_
4	fled	flee	VERB	VBD	_	0	root	_	_
5	the	the	DET	DT	_	6	det	_	_
6	village	village	NOUN	NN	_	4	obj	_	_
7	.	.	PUNCT	.	_	4	punct	_	_

# text = A spokesman for the group did not comment.
1	A	a	DET	DT	_	2	det	_	_
2	spokesman	spokesman	NOUN	NN	_	8	nsubj	_	_
3	for	for	ADP	IN	_	5	case	_	_
4	the	the	DET	DT	_	5	det	_	_
5	group	group	NOUN	NN	_	2	nmod	_	_
6	did	do	AUX	VBD	_	8	aux	_	_
7	not	not	PART	RB	_	8	advmod	_	_
8	comment	comment	VERB	VB	_	0	root	_	_
9	.	.	PUNCT	.	_	8	punct	_	_

# text = Officials say the victims were farmers and their children.
1	Officials	official	NOUN	NNS	_	2	nsubj	_	_
2	say	say	VERB	VBP	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	victims	victim	NOUN	NNS	_	6	nsubj	_	_
5	were	be	AUX	VBD	_	6	cop	_	_
6	farmers	farmer	NOUN	NNS	_	2	ccomp	_	_
7	and	and	CCONJ	CC	_	9	cc	_	_
8	their	their	PRON	PRP$	_	9	nmod:poss	_	_
9	children	child	NOUN	NNS	_	6	conj	_	_
10	.	.	PUNCT	.	_	2	punct	_	_

)";

}  // namespace crosscheck::syntax::testing
